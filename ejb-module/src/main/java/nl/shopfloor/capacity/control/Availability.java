package nl.shopfloor.capacity.control;

/** Whether a shop can start a chat now, and if not, why: the widget words its contact form by it. */
public enum Availability {
    ONLINE, OFFLINE, CAPACITY;

    public boolean canChat() {
        return this == ONLINE;
    }
}
