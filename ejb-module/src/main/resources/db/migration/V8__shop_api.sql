-- The shop's API (/api/v1): keys per shop, and the customers and orders the shop pushes.
-- A key is shown once; only the SHA-256 of its secret is kept (the secret is 256 random bits, so a slow hash
-- would add nothing). id is the key's public part, also written in front of the secret.
CREATE TABLE api_key (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    name VARCHAR(80) NOT NULL,
    scope VARCHAR(10) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    created_by VARCHAR(40) NOT NULL,
    last_used_at TIMESTAMP(3) NULL,
    revoked_at TIMESTAMP(3) NULL,
    CONSTRAINT fk_api_key_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
CREATE INDEX ix_api_key_shop ON api_key (shop_id, created_at);

-- Customers and orders carry the shop's own ids; upserts are by (shop, own id).
CREATE TABLE customer (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    customer_ref VARCHAR(64) NOT NULL,
    email VARCHAR(254) NULL,
    name VARCHAR(120) NULL,
    company VARCHAR(120) NULL,
    segment VARCHAR(40) NULL,
    lifetime_value DECIMAL(14, 2) NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_customer_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT uq_customer_ref UNIQUE (shop_id, customer_ref)
);

CREATE TABLE shop_order (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    order_ref VARCHAR(64) NOT NULL,
    customer_ref VARCHAR(64) NULL,
    visitor_id VARCHAR(40) NULL,
    total_excl_vat DECIMAL(14, 2) NOT NULL,
    total_incl_vat DECIMAL(14, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    placed_at TIMESTAMP(3) NOT NULL,
    status VARCHAR(10) NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_order_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT uq_order_ref UNIQUE (shop_id, order_ref)
);
CREATE INDEX ix_order_customer ON shop_order (shop_id, customer_ref, placed_at);
CREATE INDEX ix_order_visitor ON shop_order (visitor_id, placed_at);
CREATE INDEX ix_order_placed ON shop_order (shop_id, placed_at);

CREATE TABLE order_line (
    order_id VARCHAR(40) NOT NULL,
    line_no INT NOT NULL,
    sku VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    quantity INT NOT NULL,
    unit_price DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
