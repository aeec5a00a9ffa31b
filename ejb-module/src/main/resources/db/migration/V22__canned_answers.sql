-- Canned answers (answers A1): the shop's team-wide ones (agent_username NULL) and each agent's own, per language.
-- scope_key is 'team' or 'agent:<username>', so the shortcut is unique per owner scope and language in the database
-- too (a NULL owner would make every team-wide row distinct to a unique constraint). An agent's own answers go with
-- the account.
CREATE TABLE canned_answer (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    agent_username VARCHAR(40) NULL,
    scope_key VARCHAR(50) NOT NULL,
    language VARCHAR(5) NOT NULL,
    shortcut VARCHAR(20) NOT NULL,
    title VARCHAR(80) NOT NULL,
    body VARCHAR(1000) NOT NULL,
    uses INT NOT NULL,
    CONSTRAINT fk_canned_answer_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_canned_answer_owner FOREIGN KEY (agent_username) REFERENCES agent (username) ON DELETE CASCADE,
    CONSTRAINT uq_canned_answer_shortcut UNIQUE (shop_id, scope_key, language, shortcut)
);
CREATE INDEX ix_canned_answer_owner ON canned_answer (agent_username);
