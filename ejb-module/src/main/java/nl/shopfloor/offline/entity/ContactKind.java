package nl.shopfloor.offline.entity;

/** What the shopper left: a message to answer by e-mail, or a request to be called back. */
public enum ContactKind {
    MESSAGE, CALLBACK
}
