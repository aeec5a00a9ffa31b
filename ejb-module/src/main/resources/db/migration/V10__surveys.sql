-- After a chat the shopper may rate it, 1 to 5 stars, with an optional comment: one answer per conversation.
CREATE TABLE survey (
    conversation_id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    agent_username VARCHAR(40),
    rating INT NOT NULL,
    comment_text VARCHAR(1000),
    answered_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_survey_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_survey_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
CREATE INDEX ix_survey_answered ON survey (shop_id, answered_at, agent_username, rating);
