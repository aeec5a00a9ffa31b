package nl.shopfloor.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import nl.shopfloor.invites.entity.InviteRule;

/**
 * Every shop's enabled rules, compiled, kept in memory: each activity a widget reports is evaluated against them,
 * so parsing JSON or reading the database per activity is out of the question. A change on this instance is seen
 * once it commits ({@link InviteRulesChanged}); one made on another instance of a cluster within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class InviteRuleCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(InviteRuleCache.class.getName());

    /** {@code refreshing}: one caller reads the rules anew while the others go on with these (no stampede at 10 s). */
    private record Compiled(ShopRules rules, Instant compiledAt, AtomicBoolean refreshing) {

        Compiled(ShopRules rules, Instant compiledAt) {
            this(rules, compiledAt, new AtomicBoolean());
        }
    }

    private final Map<String, Compiled> byShop = new ConcurrentHashMap<>();

    @Inject
    InviteRules inviteRules;

    @Inject
    Clock clock;

    public ShopRules of(String shopId) {
        Instant now = clock.instant();
        Compiled compiled = byShop.get(shopId);
        if (compiled == null) {
            compiled = byShop.computeIfAbsent(shopId, shop -> new Compiled(compile(inviteRules.enabledOf(shop)), now));
        } else if (compiled.compiledAt().plus(FRESH_FOR).isBefore(now) && compiled.refreshing().compareAndSet(false, true)) {
            Compiled stale = compiled;
            try {
                compiled = new Compiled(compile(inviteRules.enabledOf(shopId)), now);
                byShop.replace(shopId, stale, compiled); // unless a change on this instance dropped it meanwhile
            } finally {
                stale.refreshing().set(false);
            }
        }
        return compiled.rules();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InviteRulesChanged event) {
        byShop.remove(event.shopId());
    }

    /** A stored rule that no longer compiles (checked when saved, so only after a change of the rules' format) is left out. */
    static ShopRules compile(List<InviteRule> rules) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (InviteRule rule : rules) {
            try {
                compiled.add(CompiledRule.of(rule));
            } catch (RuleRefused refused) {
                LOG.warning(() -> "Invite rule " + rule.id() + " of shop " + rule.shopId() + " left out: " + refused.getMessage());
            }
        }
        return new ShopRules(compiled);
    }
}
