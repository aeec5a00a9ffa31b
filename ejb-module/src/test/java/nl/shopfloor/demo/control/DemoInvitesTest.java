package nl.shopfloor.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.shopfloor.invites.control.Allocation;
import nl.shopfloor.invites.control.ChatRoom;
import nl.shopfloor.invites.control.CompiledRule;
import nl.shopfloor.invites.control.InviteDecision;
import nl.shopfloor.invites.control.RuleChecks;
import nl.shopfloor.invites.control.ShopRules;
import nl.shopfloor.invites.control.Shopping;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.StockState;
import org.junit.jupiter.api.Test;

class DemoInvitesTest {

    private final AtomicInteger ids = new AtomicInteger();
    private final List<InviteRule> demo = DemoInvites.rules(() -> "rule-" + ids.incrementAndGet(), Shopping.NOW);
    private final ShopRules rules = new ShopRules(demo.stream().map(CompiledRule::of).toList());

    private String firing(Shopping shopping) {
        InviteDecision decision = rules.decide(shopping.activity(), InviteHistory.NONE, () -> new ChatRoom(true, Set.of(), Set.of("first-line", "inside-sales"), 5), rule -> Map.of(),
                new Allocation(new SplittableRandom(1)));
        return decision.isInvite() ? decision.rule().name() : decision.outcome().name();
    }

    @Test
    void theDemoRulesAreValid() {
        demo.forEach(rule -> assertThatCode(() -> RuleChecks.check(rule)).as("I7 " + rule.name()).doesNotThrowAnyException());
    }

    @Test
    void theReferenceCustomersInvitesFireWhereTheyShould() {
        assertThat(firing(Shopping.shopper().page(PageType.FAQ).onPageFor(46))).as("I7").isEqualTo("FAQ for 45 s");
        assertThat(firing(Shopping.shopper().page(PageType.FAQ).onPageFor(44))).as("I7").isEqualTo("NO_MATCH");
        assertThat(firing(Shopping.shopper().page(PageType.CART).idleFor(60))).as("I7").isEqualTo("Idle for 60 s in cart, account or FAQ");
        assertThat(firing(Shopping.shopper().page(PageType.ACCOUNT).idleFor(59))).as("I7").isEqualTo("NO_MATCH");
        assertThat(firing(Shopping.shopper().product("sku-1", StockState.IN_STOCK).onPageFor(120)))
                .as("I7").isEqualTo("Product page for 2 minutes without add-to-cart");
        assertThat(firing(Shopping.shopper().product("sku-1", StockState.IN_STOCK).onPageFor(120).addedToCart())).as("I7").isEqualTo("NO_MATCH");
    }
}
