-- The shops' FAQ articles (knowledge K1): plain text, one language each, suggested beside the chat. import_key is the
-- SHA-256 of an import's ref or URL, so importing the same file again updates instead of doubling; articles made on
-- the dashboard have none (NULLs do not collide in a unique index, on MariaDB and H2 alike).
CREATE TABLE knowledge_article (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    language VARCHAR(5) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    url VARCHAR(2000),
    import_key VARCHAR(64),
    updated_at TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_knowledge_article_shop ON knowledge_article (shop_id, language);
CREATE UNIQUE INDEX ux_knowledge_article_key ON knowledge_article (shop_id, import_key);
