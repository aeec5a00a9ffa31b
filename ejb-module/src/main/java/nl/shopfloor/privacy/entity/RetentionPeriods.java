package nl.shopfloor.privacy.entity;

/**
 * A shop's retention (P4) in months, each 1 to 120 or null for off: anonymise closed chats and their visitors,
 * delete contact messages and their mails.
 */
public record RetentionPeriods(Integer anonymiseAfterMonths, Integer deleteContactsAfterMonths) {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;
    /** Everything kept until erased by hand: how long a shop must or may keep its customers' words is its legal call. */
    public static final RetentionPeriods OFF = new RetentionPeriods(null, null);

    public RetentionPeriods {
        check(anonymiseAfterMonths);
        check(deleteContactsAfterMonths);
    }

    private static void check(Integer months) {
        if (months != null && (months < MIN_MONTHS || months > MAX_MONTHS)) {
            throw new IllegalArgumentException("A retention period is " + MIN_MONTHS + " to " + MAX_MONTHS + " months, or none");
        }
    }

    public boolean isOff() {
        return anonymiseAfterMonths == null && deleteContactsAfterMonths == null;
    }
}
