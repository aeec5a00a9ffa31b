package nl.shopfloor.notifications.entity;

/** The sizes a subscription may have (N3). */
public final class SubscriptionLimits {

    /** The push services' endpoints are 150 to 400 characters; room for more, not for anything. */
    public static final int MAX_ENDPOINT = 1000;
    /** Browsers (phone, desktop, a second browser) per agent; a further one drops the oldest. */
    public static final int MAX_PER_AGENT = 5;

    private SubscriptionLimits() {
    }
}
