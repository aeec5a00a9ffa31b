package nl.shopfloor.invites.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteVariant;

/**
 * A shop's enabled rules in the order they are tried: highest priority first, then by name (invites I3). Plain Java,
 * free of the container: {@link InviteEngine} gives it what it asks of the database and of capacity.
 */
public final class ShopRules {

    private static final Comparator<CompiledRule> TRIED_FIRST = Comparator.comparingInt(CompiledRule::priority).reversed()
            .thenComparing(CompiledRule::name).thenComparing(CompiledRule::id);

    public static final ShopRules NONE = new ShopRules(List.of());

    private final List<CompiledRule> rules;

    public ShopRules(List<CompiledRule> rules) {
        this.rules = rules.stream().sorted(TRIED_FIRST).toList();
    }

    /** As {@link #decide(Activity, InviteHistory, Supplier, Function, Allocation, BiFunction)}, never throttled. */
    public InviteDecision decide(Activity activity, InviteHistory history, Supplier<ChatRoom> room,
                                 Function<String, Map<String, VariantStats>> statsOfRule, Allocation allocation) {
        return decide(activity, history, room, statsOfRule, allocation, (rule, asked) -> null);
    }

    /**
     * At most one invite: the first matching rule whose caps allow it, whose chat can start now and that the throttle
     * lets through, with the variant allocated to this visitor. The throttle judges before the control-group split,
     * so both arms of an A/B test see the same throttling (I9). Without an invite, why: a rule held back by capacity
     * before one held back by the throttle before one held back by its caps, else nothing matched. {@code room} is
     * asked only once a rule matched and its caps allow it, and only once; {@code throttle} answers null to let a
     * rule through.
     */
    public InviteDecision decide(Activity activity, InviteHistory history, Supplier<ChatRoom> room,
                                 Function<String, Map<String, VariantStats>> statsOfRule, Allocation allocation,
                                 BiFunction<CompiledRule, ChatRoom, ThrottleReason> throttle) {
        InviteDecision heldBack = InviteDecision.NO_MATCH;
        ChatRoom asked = null;
        for (CompiledRule rule : rules) {
            if (!rule.conditions().test(activity)) {
                continue;
            }
            Cap cap = InviteCaps.blocking(rule.caps(), rule.id(), activity.visit().sessionId(), history, activity.at());
            if (cap != null) {
                if (heldBack.outcome() == InviteDecision.Outcome.NO_MATCH) {
                    heldBack = InviteDecision.capped(rule, cap);
                }
                continue;
            }
            if (asked == null) {
                asked = room.get();
            }
            if (!asked.allows(rule)) {
                if (heldBack.outcome() != InviteDecision.Outcome.NO_CAPACITY) {
                    heldBack = InviteDecision.noCapacity(rule);
                }
                continue;
            }
            ThrottleReason throttled = throttle.apply(rule, asked);
            if (throttled != null) {
                if (heldBack.outcome() == InviteDecision.Outcome.NO_MATCH || heldBack.outcome() == InviteDecision.Outcome.CAPPED) {
                    heldBack = InviteDecision.throttled(rule, throttled);
                }
                continue;
            }
            Optional<InviteVariant> variant = allocation.allocate(rule, activity.shopper().visitorId(), history, statsOfRule.apply(rule.id()));
            return variant.map(chosen -> InviteDecision.invite(rule, chosen)).orElseGet(() -> InviteDecision.controlGroup(rule));
        }
        return heldBack;
    }

    public List<CompiledRule> rules() {
        return rules;
    }
}
