package nl.shopfloor.invites.control;

import nl.shopfloor.invites.entity.InviteVariant;

/**
 * The answer to one activity (invites I3): an invite with its rule and variant, or why there is none. A rule that
 * matched but was held back (control group, capacity) is named, so the caller can record it as such.
 *
 * @param rule    null for {@link Outcome#NO_MATCH}
 * @param variant only for {@link Outcome#INVITE}
 * @param cap     only for {@link Outcome#CAPPED}
 */
public record InviteDecision(Outcome outcome, CompiledRule rule, InviteVariant variant, Cap cap) {

    public enum Outcome {
        /** show this variant */
        INVITE,
        /** matched, allowed and could chat, but the visitor is in the rule's control group: matched but held back */
        CONTROL_GROUP,
        /** matched and allowed by the caps, but no chat could start now */
        NO_CAPACITY,
        /** matched, but its caps keep it from this visitor now */
        CAPPED,
        NO_MATCH
    }

    static final InviteDecision NO_MATCH = new InviteDecision(Outcome.NO_MATCH, null, null, null);

    static InviteDecision invite(CompiledRule rule, InviteVariant variant) {
        return new InviteDecision(Outcome.INVITE, rule, variant, null);
    }

    static InviteDecision controlGroup(CompiledRule rule) {
        return new InviteDecision(Outcome.CONTROL_GROUP, rule, null, null);
    }

    static InviteDecision noCapacity(CompiledRule rule) {
        return new InviteDecision(Outcome.NO_CAPACITY, rule, null, null);
    }

    static InviteDecision capped(CompiledRule rule, Cap cap) {
        return new InviteDecision(Outcome.CAPPED, rule, null, cap);
    }

    public boolean isInvite() {
        return outcome == Outcome.INVITE;
    }
}
