package nl.shopfloor.invites.control;

/** The frequency cap that keeps a rule from inviting a visitor now (invites I4). */
public enum Cap {
    PER_SESSION, PER_DAY, AFTER_DISMISS, MIN_GAP
}
