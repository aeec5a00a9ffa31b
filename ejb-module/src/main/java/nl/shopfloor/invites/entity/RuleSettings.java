package nl.shopfloor.invites.entity;

import java.time.Duration;
import java.util.List;

/**
 * Everything an admin or the shop API sets on a rule (invites I9). Applied to the stored rule itself, so that columns
 * this does not name (added by later parts) keep their values when a rule is changed.
 */
public record RuleSettings(String name, boolean enabled, int priority, String conditions, Duration delay, Duration display,
                           Presenter presenter, String presenterRef, FrequencyCaps caps, SplitMode splitMode, int controlShare,
                           int minShare, List<InviteVariant> variants, Optimise optimise) {

    public RuleSettings {
        variants = List.copyOf(variants);
    }

    public static RuleSettings of(InviteRule rule) {
        return new RuleSettings(rule.name(), rule.isEnabled(), rule.priority(), rule.conditions(), rule.delay(), rule.display(),
                rule.presenter(), rule.presenterRef(), rule.caps(), rule.splitMode(), rule.controlShare(), rule.minShare(), rule.variants(),
                rule.optimise());
    }

    public InviteRule applyTo(InviteRule rule) {
        return rule.describe(name, enabled, priority).when(conditions, delay, display).presentedBy(presenter, presenterRef).capped(caps)
                .split(splitMode, controlShare, minShare, variants).optimiseOn(optimise == null ? Optimise.CONVERSION : optimise);
    }
}
