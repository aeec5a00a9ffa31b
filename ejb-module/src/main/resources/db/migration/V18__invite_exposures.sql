-- Invite exposures (invites I8): one row per invite offered to a visitor, or per control-group hold-back (variant_ref
-- NULL: matched, would have been shown, held back on purpose). The widget's steps are kept once each; a chat that
-- answers the invite is linked both ways. What the frequency caps, the throttle and the A/B results read.
CREATE TABLE invite_exposure (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    rule_id VARCHAR(40) NOT NULL,
    variant_ref VARCHAR(20) NULL,
    visitor_id VARCHAR(40) NOT NULL,
    session_id VARCHAR(80) NULL,
    offered_at TIMESTAMP(3) NOT NULL,
    shown_at TIMESTAMP(3) NULL,
    clicked_at TIMESTAMP(3) NULL,
    dismissed_at TIMESTAMP(3) NULL,
    conversation_id VARCHAR(40) NULL,
    CONSTRAINT fk_invite_exposure_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_invite_exposure_rule FOREIGN KEY (rule_id) REFERENCES invite_rule (id) ON DELETE CASCADE
);
CREATE INDEX ix_invite_exposure_visitor ON invite_exposure (shop_id, visitor_id, offered_at);
CREATE INDEX ix_invite_exposure_rule ON invite_exposure (rule_id, offered_at);

ALTER TABLE conversation ADD COLUMN invite_id VARCHAR(40) NULL;
