package nl.shopfloor.invites.entity;

/**
 * What a rule's test says so far (invites I11). {@code winner} is the winning variant's ref for
 * {@link Outcome#VARIANT_WINS}; {@code visitorsStillNeeded} is a rough count of further visitors each arm needs for
 * {@link Outcome#NOT_YET}, null when the figures cannot tell yet (no orders at all, say).
 */
public record Verdict(Outcome outcome, Optimise metric, String winner, Long visitorsStillNeeded) {

    public enum Outcome {
        /** a variant does better than the control group, and better than every other variant that does */
        VARIANT_WINS,
        /** every variant does worse than the control group: inviting costs orders */
        CONTROL_WINS,
        /** no arm has enough visitors and buyers yet, or the difference is not clear yet */
        NOT_YET,
        /** no control group, or no variant, to compare with */
        NO_COMPARISON
    }
}
