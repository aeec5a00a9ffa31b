-- Where a chatting shopper is now and what is in their cart, as the widget reports it (chat C20): one row per
-- conversation, written only while it is open, so that the conversation row itself stays narrow. No foreign key:
-- the row is inserted in the transaction that inserts its conversation, and JPA orders unrelated inserts as it
-- likes; erasure and retention remove it by the conversation's id.
CREATE TABLE shopper_context (
    conversation_id VARCHAR(40) NOT NULL PRIMARY KEY,
    page_url VARCHAR(2000),
    page_title VARCHAR(300),
    moved_at TIMESTAMP(3),
    cart MEDIUMTEXT,
    cart_at TIMESTAMP(3)
);
