package nl.shopfloor.invites.control;

import nl.shopfloor.invites.entity.InviteVariant;

/**
 * The answer to one activity (invites I3): an invite with its rule and variant, or why there is none. A rule that
 * matched but was held back (control group, capacity, throttle) is named, so the caller can record it as such.
 *
 * @param rule    null for {@link Outcome#NO_MATCH}
 * @param variant only for {@link Outcome#INVITE}
 * @param cap      only for {@link Outcome#CAPPED}
 * @param throttle only for {@link Outcome#THROTTLED}
 */
public record InviteDecision(Outcome outcome, CompiledRule rule, InviteVariant variant, Cap cap, ThrottleReason throttle) {

    public enum Outcome {
        /** show this variant */
        INVITE,
        /** matched, allowed and could chat, but the visitor is in the rule's control group: matched but held back */
        CONTROL_GROUP,
        /** matched, allowed and could chat, but the throttle keeps the team below its cap and answer target (I9) */
        THROTTLED,
        /** matched and allowed by the caps, but no chat could start now */
        NO_CAPACITY,
        /** matched, but its caps keep it from this visitor now */
        CAPPED,
        NO_MATCH
    }

    static final InviteDecision NO_MATCH = new InviteDecision(Outcome.NO_MATCH, null, null, null, null);

    static InviteDecision invite(CompiledRule rule, InviteVariant variant) {
        return new InviteDecision(Outcome.INVITE, rule, variant, null, null);
    }

    static InviteDecision controlGroup(CompiledRule rule) {
        return new InviteDecision(Outcome.CONTROL_GROUP, rule, null, null, null);
    }

    static InviteDecision noCapacity(CompiledRule rule) {
        return new InviteDecision(Outcome.NO_CAPACITY, rule, null, null, null);
    }

    static InviteDecision capped(CompiledRule rule, Cap cap) {
        return new InviteDecision(Outcome.CAPPED, rule, null, cap, null);
    }

    static InviteDecision throttled(CompiledRule rule, ThrottleReason reason) {
        return new InviteDecision(Outcome.THROTTLED, rule, null, null, reason);
    }

    public boolean isInvite() {
        return outcome == Outcome.INVITE;
    }
}
