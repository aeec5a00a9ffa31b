-- Call-back requests are contact messages of another kind; agents mark them done or answer messages by e-mail.
ALTER TABLE contact_message ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'MESSAGE';
ALTER TABLE contact_message ADD COLUMN phone VARCHAR(32) NULL;
ALTER TABLE contact_message ADD COLUMN callback_window VARCHAR(10) NULL;
ALTER TABLE contact_message ADD COLUMN callback_day DATE NULL;
ALTER TABLE contact_message ADD COLUMN handled_at TIMESTAMP(3) NULL;
ALTER TABLE contact_message ADD COLUMN handled_by VARCHAR(40) NULL;
-- A call-back request may come without an e-mail address.
ALTER TABLE contact_message MODIFY email VARCHAR(254) NULL;
