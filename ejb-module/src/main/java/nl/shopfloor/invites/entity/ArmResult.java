package nl.shopfloor.invites.entity;

/**
 * One arm's figures with its conversion's interval and, for a variant, its differences with the control group in
 * conversion and in revenue per visitor (null for the control group itself, or when there is none). The intervals
 * of the differences are Bonferroni-corrected over the rule's variants.
 */
public record ArmResult(ArmFigures figures, Interval conversion, Interval conversionVsControl, Interval revenueVsControl) {
}
