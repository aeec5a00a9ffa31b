package nl.shopfloor.invites.control;

/**
 * How often a rule's shown invites were accepted (clicked, or a chat linked to them) in the last 30 days (I9).
 * {@link #rate()} starts from a prior of 1 in 10, so a new rule is expected to bring some chats and a rule with few
 * invites is not judged by them alone.
 */
public record Acceptance(long shown, long accepted) {

    static final double PRIOR_ACCEPTED = 1;
    static final double PRIOR_SHOWN = 10;
    public static final Acceptance NONE = new Acceptance(0, 0);

    public double rate() {
        return (accepted + PRIOR_ACCEPTED) / (shown + PRIOR_SHOWN);
    }
}
