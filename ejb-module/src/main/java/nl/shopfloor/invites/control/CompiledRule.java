package nl.shopfloor.invites.control;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.SplitMode;

/**
 * A rule as the evaluation uses it: its conditions parsed once into one predicate, the rest copied out of the entity.
 *
 * @param ref the shop's own id of the rule (invites I14), which the invite frame and the shop's analytics carry
 */
public record CompiledRule(String id, String ref, String name, int priority, Predicate<Activity> conditions, Duration delay, Duration display,
                           Presenter presenter, String presenterRef, FrequencyCaps caps, SplitMode split, int controlShare,
                           int minShare, List<InviteVariant> variants, Optimise optimise) {

    public CompiledRule {
        variants = List.copyOf(variants);
    }

    /** @throws RuleRefused when the rule's conditions do not parse */
    public static CompiledRule of(InviteRule rule) {
        return new CompiledRule(rule.id(), rule.ref(), rule.name(), rule.priority(), ConditionParser.parse(rule.conditions()), rule.delay(),
                rule.display(), rule.presenter(), rule.presenterRef(), rule.caps(), rule.splitMode(), rule.controlShare(),
                rule.minShare(), rule.variants(), rule.optimise());
    }
}
