-- Identify: the shop signs "who is logged in" with its own secret (HMAC-SHA256); SchemaMigrations gives every
-- shop a random secret right after this script. A visitor so identified is linked to the shop's customer id.
ALTER TABLE shop ADD COLUMN identify_secret VARCHAR(64);
ALTER TABLE visitor ADD COLUMN customer_ref VARCHAR(64);
CREATE INDEX ix_visitor_customer ON visitor (shop_id, customer_ref);

-- Web sessions per shop and day (the shop's time zone): counted by the widget, or posted by the shop for pages
-- without it. Counts, not rows: a shop like the reference customer has five million sessions a year.
CREATE TABLE web_sessions (
    shop_id VARCHAR(40) NOT NULL,
    session_day DATE NOT NULL,
    source VARCHAR(10) NOT NULL,
    sessions BIGINT NOT NULL,
    PRIMARY KEY (shop_id, session_day, source),
    CONSTRAINT fk_web_sessions_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);

-- An order belongs to a chat when the same visitor or customer places it within this many days after the chat
-- started (1 to 30; last touch).
ALTER TABLE shop ADD COLUMN attribution_days INT NOT NULL DEFAULT 7;

-- The KPIs read a shop's chats by when they started: everything they need is in the index.
CREATE INDEX ix_conversation_started ON conversation (shop_id, started_at, first_response_at, closed_at, agent_username);

-- Each order's credit, decided when the order is stored (K6): the chat, its agent, and whether the order came
-- during it. The KPIs then add up columns instead of matching a year of orders to chats on every view.
ALTER TABLE shop_order ADD COLUMN credited_conversation_id VARCHAR(40);
ALTER TABLE shop_order ADD COLUMN credited_agent VARCHAR(40);
ALTER TABLE shop_order ADD COLUMN credited_during BOOLEAN;
-- ... from this index alone, for any period.
CREATE INDEX ix_order_kpi ON shop_order (shop_id, placed_at, status, credited_during, credited_agent, total_excl_vat);
