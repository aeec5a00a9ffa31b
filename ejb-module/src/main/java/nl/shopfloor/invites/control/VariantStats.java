package nl.shopfloor.invites.control;

/** How one variant did so far: shown to so many visitors, so many of whom converted. */
public record VariantStats(long shown, long converted) {

    public static final VariantStats NONE = new VariantStats(0, 0);

    long notConverted() {
        return Math.max(0, shown - converted);
    }
}
