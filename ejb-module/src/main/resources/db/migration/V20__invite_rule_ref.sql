-- The shop's own stable name for each invite rule, by which the shop API reads and writes it (invites I9). Existing
-- rules are named by their id. Names become labels only: the ref identifies a rule, and a copy may keep its name.
ALTER TABLE invite_rule ADD COLUMN ref VARCHAR(64) NULL;
UPDATE invite_rule SET ref = id;
ALTER TABLE invite_rule MODIFY ref VARCHAR(64) NOT NULL;
CREATE UNIQUE INDEX uq_invite_rule_ref ON invite_rule (shop_id, ref);
ALTER TABLE invite_rule DROP CONSTRAINT uq_invite_rule_name;
