package nl.shopfloor.commerce.control;

/** What an upsert did. */
public enum Upserted {
    CREATED, UPDATED
}
