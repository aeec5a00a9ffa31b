-- The dashboard's language an agent chose (EN or NL); NULL: follow the browser's Accept-Language.
ALTER TABLE agent ADD COLUMN dashboard_language VARCHAR(2);
