package nl.shopfloor.chat.entity;

/** The next step for a chat nobody answered yet. */
public enum Overdue {
    NOTHING, APOLOGIZE, REROUTE, OFFER_CONTACT_FORM
}
