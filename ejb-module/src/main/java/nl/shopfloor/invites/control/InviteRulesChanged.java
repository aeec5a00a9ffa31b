package nl.shopfloor.invites.control;

/** A shop's invite rules were made, changed or deleted: {@link InviteRuleCache} compiles them again once it commits. */
public record InviteRulesChanged(String shopId) {
}
