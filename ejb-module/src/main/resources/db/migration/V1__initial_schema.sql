-- Runs unchanged on MariaDB and on the embedded H2 (MODE=MariaDB). Keep to the SQL both understand.
CREATE TABLE shop (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    default_language VARCHAR(5) NOT NULL,
    allowed_origins VARCHAR(2000) NOT NULL,
    topics VARCHAR(500) NOT NULL
);

CREATE TABLE team (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    name VARCHAR(80) NOT NULL,
    CONSTRAINT fk_team_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);

CREATE TABLE agent (
    username VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    role VARCHAR(20) NOT NULL,
    display_name VARCHAR(80) NOT NULL,
    role_text VARCHAR(120),
    photo_url VARCHAR(500),
    team_id VARCHAR(40),
    status VARCHAR(20) NOT NULL,
    max_chats INT NOT NULL,
    last_assigned_at TIMESTAMP(3) NULL,
    CONSTRAINT fk_agent_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_agent_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE TABLE visitor (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    name VARCHAR(80),
    email VARCHAR(254),
    language VARCHAR(5),
    first_seen_at TIMESTAMP(3) NOT NULL,
    last_seen_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_visitor_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);

CREATE TABLE conversation (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    visitor_id VARCHAR(40) NOT NULL,
    agent_username VARCHAR(40),
    status VARCHAR(20) NOT NULL,
    visitor_name VARCHAR(80) NOT NULL,
    visitor_email VARCHAR(254),
    topic VARCHAR(40) NOT NULL,
    language VARCHAR(5) NOT NULL,
    page_url VARCHAR(2000),
    page_title VARCHAR(300),
    started_at TIMESTAMP(3) NOT NULL,
    closed_at TIMESTAMP(3) NULL,
    last_seq INT NOT NULL,
    CONSTRAINT fk_conversation_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_conversation_visitor FOREIGN KEY (visitor_id) REFERENCES visitor (id),
    CONSTRAINT fk_conversation_agent FOREIGN KEY (agent_username) REFERENCES agent (username)
);
CREATE INDEX ix_conversation_visitor ON conversation (visitor_id, status);
CREATE INDEX ix_conversation_agent ON conversation (agent_username, status);

CREATE TABLE chat_message (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(40) NOT NULL,
    seq INT NOT NULL,
    sender VARCHAR(20) NOT NULL,
    agent_username VARCHAR(40),
    client_id VARCHAR(64),
    text VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_message_agent FOREIGN KEY (agent_username) REFERENCES agent (username),
    CONSTRAINT uq_message_seq UNIQUE (conversation_id, seq),
    CONSTRAINT uq_message_client_id UNIQUE (conversation_id, client_id)
);

CREATE TABLE contact_message (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    visitor_id VARCHAR(40),
    client_id VARCHAR(64),
    name VARCHAR(80) NOT NULL,
    email VARCHAR(254) NOT NULL,
    topic VARCHAR(40) NOT NULL,
    text VARCHAR(4000) NOT NULL,
    language VARCHAR(5) NOT NULL,
    page_url VARCHAR(2000),
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_contact_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT uq_contact_client_id UNIQUE (visitor_id, client_id)
);
CREATE INDEX ix_contact_shop ON contact_message (shop_id, created_at);
