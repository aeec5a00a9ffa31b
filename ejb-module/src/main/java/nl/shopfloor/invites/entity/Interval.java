package nl.shopfloor.invites.entity;

/** A confidence interval [low, high] around an estimate. */
public record Interval(double estimate, double low, double high) {

    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
