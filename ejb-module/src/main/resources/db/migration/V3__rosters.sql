-- Rosters: agents who rotate between chat, phone and e-mail. Shift times are the shop's local time.
ALTER TABLE shop ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'Europe/Amsterdam';
-- The roster step last applied to the agent's presence, so a manual change holds until the next step.
ALTER TABLE agent ADD COLUMN roster_step VARCHAR(100) NULL;

CREATE TABLE roster_shift (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    agent_username VARCHAR(40) NOT NULL,
    day_of_week INT NOT NULL,
    start_minute INT NOT NULL,
    end_minute INT NOT NULL,
    channel VARCHAR(10) NOT NULL,
    CONSTRAINT fk_shift_agent FOREIGN KEY (agent_username) REFERENCES agent (username),
    CONSTRAINT fk_shift_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
CREATE INDEX ix_shift_shop ON roster_shift (shop_id, agent_username);
