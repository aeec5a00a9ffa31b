-- Offline messages by e-mail: where they go, and every mail on its way (the outbox).
ALTER TABLE shop ADD COLUMN contact_email VARCHAR(254) NULL;
ALTER TABLE agent ADD COLUMN email VARCHAR(254) NULL;

-- The team mailbox per question type; a type without one goes to the shop's contact address.
CREATE TABLE topic_mailbox (
    shop_id VARCHAR(40) NOT NULL,
    topic VARCHAR(40) NOT NULL,
    email VARCHAR(254) NOT NULL,
    CONSTRAINT pk_topic_mailbox PRIMARY KEY (shop_id, topic),
    CONSTRAINT fk_mailbox_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);

CREATE TABLE outbox_mail (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    contact_message_id VARCHAR(40) NULL,
    purpose VARCHAR(20) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    reply_to VARCHAR(254) NULL,
    subject VARCHAR(300) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    language VARCHAR(5) NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    last_error VARCHAR(1000) NULL,
    created_at TIMESTAMP(3) NOT NULL,
    sent_at TIMESTAMP(3) NULL,
    CONSTRAINT fk_outbox_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_outbox_message FOREIGN KEY (contact_message_id) REFERENCES contact_message (id)
);
CREATE INDEX ix_outbox_shop ON outbox_mail (shop_id, created_at);
CREATE INDEX ix_outbox_message ON outbox_mail (contact_message_id);
