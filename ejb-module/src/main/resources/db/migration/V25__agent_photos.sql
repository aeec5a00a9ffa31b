-- An agent's own photo (agents A7): the scaled JPEGs (256 px and a small 96 px one) and the version their URL carries.
-- The bytes live in the database, not in a directory, so every instance of a cluster serves the same photo.
CREATE TABLE agent_photo (
    agent_username VARCHAR(40) NOT NULL PRIMARY KEY,
    version VARCHAR(40) NOT NULL,
    image MEDIUMBLOB NOT NULL,
    small_image MEDIUMBLOB NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_agent_photo_agent FOREIGN KEY (agent_username) REFERENCES agent (username)
);
