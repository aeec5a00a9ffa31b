package nl.shopfloor.capacity.control;

/**
 * Whether a shop can start a chat now, and if not, why: the widget words its contact form by it. CLOSED:
 * outside the opening hours or on a holiday.
 */
public enum Availability {
    ONLINE, OFFLINE, CAPACITY, CLOSED;

    public boolean canChat() {
        return this == ONLINE;
    }
}
