-- What each rule's A/B test is judged on and its adaptive split draws on (invites I11): CONVERSION or
-- REVENUE_PER_VISITOR. The results read a shop's exposures by period, rule and visitor, then each visitor's orders
-- (ix_order_visitor): this index answers the first part alone.
ALTER TABLE invite_rule ADD COLUMN optimise VARCHAR(30) NOT NULL DEFAULT 'CONVERSION';
CREATE INDEX ix_invite_exposure_results ON invite_exposure (shop_id, offered_at, rule_id, visitor_id, variant_ref);
