-- Invites held back and why (invites I10): per shop, rule, reason and hour (UTC, the hour's start), how many times a
-- matching rule was held back, each (session, rule, reason) counted once. Names avoid H2's reserved words (hour, day).
CREATE TABLE invite_holdback (
    shop_id VARCHAR(40) NOT NULL,
    rule_id VARCHAR(40) NOT NULL,
    reason VARCHAR(20) NOT NULL,
    bucket_start TIMESTAMP(3) NOT NULL,
    held_back BIGINT NOT NULL,
    CONSTRAINT pk_invite_holdback PRIMARY KEY (shop_id, rule_id, reason, bucket_start)
);
CREATE INDEX ix_invite_holdback_shop ON invite_holdback (shop_id, bucket_start);
