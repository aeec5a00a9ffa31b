-- Routing by skills and the shopper's own agent, the global chat cap, and what routing decided and why.
ALTER TABLE shop ADD COLUMN chat_cap INT NULL;
ALTER TABLE shop ADD COLUMN own_agent_days INT NOT NULL DEFAULT 30;
-- When nobody answers: apologise to the shopper, then re-route, then offer the contact form (seconds).
ALTER TABLE shop ADD COLUMN apology_after_s INT NOT NULL DEFAULT 20;
ALTER TABLE shop ADD COLUMN reroute_after_s INT NOT NULL DEFAULT 45;
ALTER TABLE shop ADD COLUMN abandon_after_s INT NOT NULL DEFAULT 180;

CREATE TABLE agent_skill (
    agent_username VARCHAR(40) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    skill VARCHAR(40) NOT NULL,
    CONSTRAINT pk_agent_skill PRIMARY KEY (agent_username, kind, skill),
    CONSTRAINT fk_skill_agent FOREIGN KEY (agent_username) REFERENCES agent (username)
);

ALTER TABLE visitor ADD COLUMN own_agent_username VARCHAR(40) NULL;
ALTER TABLE conversation ADD COLUMN preferred_agent_username VARCHAR(40) NULL;
ALTER TABLE conversation ADD COLUMN assigned_at TIMESTAMP(3) NULL;
ALTER TABLE conversation ADD COLUMN first_response_at TIMESTAMP(3) NULL;
ALTER TABLE conversation ADD COLUMN routing_explanation VARCHAR(4000) NULL;
ALTER TABLE conversation ADD COLUMN apologized_at TIMESTAMP(3) NULL;
ALTER TABLE conversation ADD COLUMN rerouted_at TIMESTAMP(3) NULL;
CREATE INDEX ix_conversation_preferred ON conversation (preferred_agent_username, status);

-- How fast each agent answers, per question type: routing learns from it.
CREATE TABLE agent_performance (
    id VARCHAR(90) NOT NULL PRIMARY KEY,
    agent_username VARCHAR(40) NOT NULL,
    topic VARCHAR(40) NOT NULL,
    responses INT NOT NULL,
    response_ms_total BIGINT NOT NULL,
    CONSTRAINT fk_performance_agent FOREIGN KEY (agent_username) REFERENCES agent (username)
);

-- A message left for one person (team page).
ALTER TABLE contact_message ADD COLUMN agent_username VARCHAR(40) NULL;
