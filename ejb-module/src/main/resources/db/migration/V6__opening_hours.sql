-- Opening hours per team (shop's local time) and the shop's holidays. A team without periods is always open.
CREATE TABLE opening_period (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    team_id VARCHAR(40) NOT NULL,
    day_of_week INT NOT NULL,
    open_minute INT NOT NULL,
    close_minute INT NOT NULL,
    CONSTRAINT fk_period_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_period_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX ix_period_shop ON opening_period (shop_id, team_id);

CREATE TABLE holiday (
    id VARCHAR(40) NOT NULL PRIMARY KEY,
    shop_id VARCHAR(40) NOT NULL,
    holiday_date DATE NOT NULL,
    name VARCHAR(80) NOT NULL,
    CONSTRAINT fk_holiday_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT uq_holiday UNIQUE (shop_id, holiday_date)
);
