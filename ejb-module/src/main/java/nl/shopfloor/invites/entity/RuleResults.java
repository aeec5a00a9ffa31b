package nl.shopfloor.invites.entity;

import java.util.List;

/** A rule's A/B results over a period (invites I11): the control group first (when it had visitors), then each variant. */
public record RuleResults(String ruleId, String ruleName, Optimise metric, List<ArmResult> arms, Verdict verdict) {
}
