-- How each chat began (kpi K9): the contact button (REACTIVE), a card on the team page (TEAM_PAGE), the personal
-- "back to your agent" button (OWN_AGENT); PROACTIVE is kept for invites. The chats before this version came
-- through the contact button or could not be told apart: they count as reactive.
ALTER TABLE conversation ADD COLUMN origin VARCHAR(20) DEFAULT 'REACTIVE' NOT NULL;
-- The KPIs read a shop's chats by when they started; with a filter by agent, origin or topic too: all of it from this
-- index (it replaces ix_conversation_started, made first so that the shop's foreign key always has an index).
CREATE INDEX ix_conversation_kpi ON conversation (shop_id, started_at, first_response_at, closed_at, agent_username, origin, topic);
DROP INDEX ix_conversation_started ON conversation;
-- A filtered view reads only the credited orders of the period, and the chat each is credited to by its key.
CREATE INDEX ix_order_credit ON shop_order (shop_id, credited_during, placed_at, status, credited_conversation_id, credited_agent, total_excl_vat);
