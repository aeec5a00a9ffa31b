package nl.shopfloor.invites.entity;

public enum SplitMode {
    /** each variant's share as set, the same variant for a visitor every time */
    FIXED,
    /** Thompson sampling on conversion, each variant keeping at least the rule's minimum share */
    ADAPTIVE
}
