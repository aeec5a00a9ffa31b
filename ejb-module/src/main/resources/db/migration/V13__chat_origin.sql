-- How each chat began (kpi K9): the contact button (REACTIVE), a card on the team page (TEAM_PAGE), the personal
-- "back to your agent" button (OWN_AGENT); PROACTIVE is kept for invites. The chats before this version came
-- through the contact button or could not be told apart: they count as reactive.
ALTER TABLE conversation ADD COLUMN origin VARCHAR(20) DEFAULT 'REACTIVE' NOT NULL;
