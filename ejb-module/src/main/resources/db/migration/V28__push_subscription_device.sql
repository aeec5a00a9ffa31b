-- Notifications N12: which browser a push subscription was made in (the SHA-256 of that browser's device cookie), so
-- logging out there ends that browser's notifications and no other's. Rows from before have none: they stay until
-- the agent turns push off there or the push service drops them.
ALTER TABLE push_subscription ADD COLUMN device_hash VARCHAR(64) NULL;
CREATE INDEX ix_push_subscription_device ON push_subscription (agent_username, device_hash);
