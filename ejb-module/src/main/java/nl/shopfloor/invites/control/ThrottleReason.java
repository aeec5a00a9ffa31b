package nl.shopfloor.invites.control;

/** Why the throttle held an invite back (invites I9). */
public enum ThrottleReason {
    /** the chats expected from the invites still open, and this one, would not fit in the free slots' share */
    EXPECTED_CHATS,
    /** the chats of the last 15 minutes waited longer than the answer target for their first answer (median) */
    ANSWER_TIME,
    /** slots are scarce and this visitor is expected to be worth less than the recent candidates */
    LOWER_VALUE
}
