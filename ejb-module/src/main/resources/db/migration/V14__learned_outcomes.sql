-- What routing learns from outcomes per agent and question type (routing R5): the shopper's ratings of the agent's
-- chats and how many of them earned an order. Recomputed from the surveys and credited orders, never added up.
ALTER TABLE agent_performance ADD COLUMN ratings INT NOT NULL DEFAULT 0;
ALTER TABLE agent_performance ADD COLUMN rating_total INT NOT NULL DEFAULT 0;
ALTER TABLE agent_performance ADD COLUMN converted INT NOT NULL DEFAULT 0;
-- The recompute counts one agent's facts: their surveys, the orders credited to them.
CREATE INDEX ix_survey_agent ON survey (agent_username, conversation_id, rating);
CREATE INDEX ix_order_credited ON shop_order (credited_agent, credited_conversation_id);
-- What was rated and credited before this version.
UPDATE agent_performance SET
    ratings = (SELECT COUNT(*) FROM survey s JOIN conversation c ON c.id = s.conversation_id
               WHERE s.agent_username = agent_performance.agent_username AND c.topic = agent_performance.topic),
    rating_total = (SELECT COALESCE(SUM(s.rating), 0) FROM survey s JOIN conversation c ON c.id = s.conversation_id
                    WHERE s.agent_username = agent_performance.agent_username AND c.topic = agent_performance.topic),
    converted = (SELECT COUNT(DISTINCT o.credited_conversation_id) FROM shop_order o JOIN conversation c ON c.id = o.credited_conversation_id
                 WHERE o.credited_agent = agent_performance.agent_username AND c.topic = agent_performance.topic);
