-- Exports and erasures of one shopper's data: who asked, when, what was found. The subject (an e-mail address, a
-- customer or visitor id) is kept only as its SHA-256: an erasure must not leave the address behind in its own log.
CREATE TABLE privacy_audit (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    action VARCHAR(10) NOT NULL,
    subject_kind VARCHAR(10) NOT NULL,
    subject_hash VARCHAR(64) NOT NULL,
    actor VARCHAR(80) NOT NULL,
    summary VARCHAR(500) NOT NULL,
    done_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_privacy_audit_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
CREATE INDEX ix_privacy_audit_shop ON privacy_audit (shop_id, done_at);
CREATE INDEX ix_visitor_email ON visitor (shop_id, email);
CREATE INDEX ix_contact_email ON contact_message (shop_id, email);
CREATE INDEX ix_contact_visitor ON contact_message (visitor_id);
