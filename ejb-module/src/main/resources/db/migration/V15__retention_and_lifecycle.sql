-- Retention per shop (privacy P4): after how many months closed chats and their visitors are anonymised, and after
-- how many months contact messages (and their mails) are deleted. No row, or null: kept until erased by hand.
CREATE TABLE retention_policy (
    shop_id VARCHAR(40) NOT NULL PRIMARY KEY,
    anonymise_after_months INT NULL,
    delete_contacts_after_months INT NULL,
    CONSTRAINT fk_retention_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
-- When a row lost its personal data: a run picks up only rows without it, so a night's run is short and idempotent.
ALTER TABLE conversation ADD COLUMN anonymised_at TIMESTAMP(3) NULL;
ALTER TABLE visitor ADD COLUMN anonymised_at TIMESTAMP(3) NULL;
CREATE INDEX ix_conversation_retention ON conversation (shop_id, anonymised_at, started_at);
CREATE INDEX ix_visitor_retention ON visitor (shop_id, anonymised_at, last_seen_at);
-- A retention run is audited per shop with its counts; it is about no one shopper.
ALTER TABLE privacy_audit MODIFY subject_kind VARCHAR(10) NULL;
ALTER TABLE privacy_audit MODIFY subject_hash VARCHAR(64) NULL;

-- The customer's lifecycle stage (commerce M5), per shop: new within this many days of the first order, at risk and
-- lost this many days after the last one.
ALTER TABLE shop ADD COLUMN lifecycle_new_days INT NOT NULL DEFAULT 30;
ALTER TABLE shop ADD COLUMN lifecycle_at_risk_days INT NOT NULL DEFAULT 90;
ALTER TABLE shop ADD COLUMN lifecycle_lost_days INT NOT NULL DEFAULT 365;
