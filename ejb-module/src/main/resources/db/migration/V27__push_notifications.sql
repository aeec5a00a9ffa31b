-- Agent notifications (notifications N1-N8): the server's VAPID key pair, made on first use; each agent's browsers'
-- Web Push subscriptions; and what each agent wants to be notified of. An agent's rows go with the agent.
CREATE TABLE vapid_key (
    id VARCHAR(20) NOT NULL PRIMARY KEY,
    public_key VARCHAR(200) NOT NULL,
    private_key VARCHAR(400) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL
);
CREATE TABLE push_subscription (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    agent_username VARCHAR(40) NOT NULL,
    endpoint VARCHAR(1000) NOT NULL,
    endpoint_hash VARCHAR(64) NOT NULL,
    p256dh VARCHAR(100) NOT NULL,
    auth VARCHAR(40) NOT NULL,
    language VARCHAR(2),
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_push_subscription_endpoint UNIQUE (endpoint_hash),
    CONSTRAINT fk_push_subscription_agent FOREIGN KEY (agent_username) REFERENCES agent (username) ON DELETE CASCADE
);
CREATE INDEX ix_push_subscription_agent ON push_subscription (agent_username, created_at);
CREATE TABLE notification_choice (
    agent_username VARCHAR(40) NOT NULL PRIMARY KEY,
    kinds VARCHAR(100) NOT NULL,
    sound BOOLEAN NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_notification_choice_agent FOREIGN KEY (agent_username) REFERENCES agent (username) ON DELETE CASCADE
);
