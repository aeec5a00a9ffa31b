-- Invite rules (invites I2-I5): when a shop invites a shopper to chat and with which message variants. The
-- conditions are the rule's JSON as written (docs/invites.md); caps that are NULL do not apply.
CREATE TABLE invite_rule (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    name VARCHAR(80) NOT NULL,
    enabled BOOLEAN NOT NULL,
    priority INT NOT NULL,
    conditions_json MEDIUMTEXT NOT NULL,
    delay_seconds INT NOT NULL,
    display_seconds INT NOT NULL,
    presenter VARCHAR(20) NOT NULL,
    presenter_ref VARCHAR(40) NULL,
    cap_per_session INT NULL,
    cap_per_day INT NULL,
    days_after_dismiss INT NULL,
    min_gap_seconds INT NULL,
    split_mode VARCHAR(20) NOT NULL,
    control_share INT NOT NULL,
    min_share INT NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_invite_rule_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT uq_invite_rule_name UNIQUE (shop_id, name)
);
CREATE INDEX ix_invite_rule_shop ON invite_rule (shop_id, enabled, priority);

-- A rule's variants in their order; ref names a variant within its rule (for A/B results and a visitor's allocation).
CREATE TABLE invite_variant (
    rule_id VARCHAR(40) NOT NULL,
    variant_no INT NOT NULL,
    ref VARCHAR(20) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    share_percent INT NOT NULL,
    text_en VARCHAR(200) NOT NULL,
    text_nl VARCHAR(200) NOT NULL,
    first_label_en VARCHAR(40) NULL,
    first_label_nl VARCHAR(40) NULL,
    first_action VARCHAR(20) NULL,
    first_link VARCHAR(500) NULL,
    second_label_en VARCHAR(40) NULL,
    second_label_nl VARCHAR(40) NULL,
    second_action VARCHAR(20) NULL,
    second_link VARCHAR(500) NULL,
    placeholder_en VARCHAR(40) NULL,
    placeholder_nl VARCHAR(40) NULL,
    PRIMARY KEY (rule_id, variant_no),
    CONSTRAINT fk_invite_variant_rule FOREIGN KEY (rule_id) REFERENCES invite_rule (id) ON DELETE CASCADE
);
