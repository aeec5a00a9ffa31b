-- Shoppers see and send an agent's public id, never the login name (A5). SchemaMigrations gives every
-- existing agent a random one right after this script: SQL has no random function common to H2 and MariaDB.
ALTER TABLE agent ADD COLUMN public_id VARCHAR(40);
CREATE UNIQUE INDEX uq_agent_public_id ON agent (public_id);
-- The demo photos were named after the login names.
UPDATE agent SET photo_url = '/demo/photos/photo-1.svg' WHERE photo_url = '/demo/photos/sanne.svg';
UPDATE agent SET photo_url = '/demo/photos/photo-2.svg' WHERE photo_url = '/demo/photos/mehmet.svg';
UPDATE agent SET photo_url = '/demo/photos/photo-3.svg' WHERE photo_url = '/demo/photos/jeroen.svg';
UPDATE agent SET photo_url = '/demo/photos/photo-4.svg' WHERE photo_url = '/demo/photos/lisa.svg';
UPDATE agent SET photo_url = '/demo/photos/photo-5.svg' WHERE photo_url = '/demo/photos/pieter.svg';
UPDATE agent SET photo_url = '/demo/photos/photo-6.svg' WHERE photo_url = '/demo/photos/anouk.svg';
