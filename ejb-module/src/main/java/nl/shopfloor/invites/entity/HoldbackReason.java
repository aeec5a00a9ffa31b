package nl.shopfloor.invites.entity;

/**
 * Why a matching rule showed no invite (invites I10): the throttle's three reasons, no chat could start, a frequency
 * cap, or the rule's control group. Stored by name in {@code invite_holdback.reason}.
 */
public enum HoldbackReason {
    EXPECTED_CHATS, ANSWER_TIME, LOWER_VALUE, NO_CAPACITY, CAPPED, CONTROL_GROUP
}
