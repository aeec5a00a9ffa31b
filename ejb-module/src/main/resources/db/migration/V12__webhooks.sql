-- Webhooks the shop subscribes to, and every delivery on its way (the outbox, also the delivery log).
-- The signing secret is kept as it is: Shopfloor signs with it on every delivery (the admin sees it only once).
-- ref is the shop's own id of the subscription in the shop API (the id itself for one made on the dashboard).
CREATE TABLE webhook_subscription (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    ref VARCHAR(64) NOT NULL,
    url VARCHAR(2000) NOT NULL,
    event_types VARCHAR(300) NOT NULL,
    secret VARCHAR(64) NOT NULL,
    enabled BOOLEAN NOT NULL,
    challenge VARCHAR(64) NULL,
    verified_at TIMESTAMP(3) NULL,
    created_at TIMESTAMP(3) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    CONSTRAINT fk_webhook_subscription_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT uq_webhook_subscription_ref UNIQUE (shop_id, ref)
);
CREATE INDEX ix_webhook_subscription_shop ON webhook_subscription (shop_id, created_at);

-- conversation_id, visitor_id and contact_message_id name whose text the payload holds, so an erasure finds it.
-- No foreign key to the subscription: an instance that has not heard of a deletion yet may still write a delivery
-- for it, and that must not fail the chat that caused it (the courier drops such a delivery).
CREATE TABLE webhook_delivery (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(40) NOT NULL,
    shop_id VARCHAR(40) NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    payload MEDIUMTEXT NOT NULL,
    conversation_id VARCHAR(40) NULL,
    visitor_id VARCHAR(40) NULL,
    contact_message_id VARCHAR(40) NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    last_status_code INT NULL,
    last_error VARCHAR(1000) NULL,
    next_attempt_at TIMESTAMP(3) NULL,
    created_at TIMESTAMP(3) NOT NULL,
    delivered_at TIMESTAMP(3) NULL
);
CREATE INDEX ix_webhook_delivery_shop ON webhook_delivery (shop_id, created_at);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_conversation ON webhook_delivery (conversation_id);
CREATE INDEX ix_webhook_delivery_visitor ON webhook_delivery (visitor_id);
CREATE INDEX ix_webhook_delivery_contact ON webhook_delivery (contact_message_id);
CREATE INDEX ix_webhook_delivery_created ON webhook_delivery (created_at);
