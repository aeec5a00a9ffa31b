package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Shopping.shopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.shopfloor.invites.entity.PageType;
import org.junit.jupiter.api.Test;

/** The dashboard's "test against an activity": whether a rule's conditions hold and which one fails (invites I9). */
class ConditionExplanationTest {

    private static final String IDLE_IN_CART = "{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"cart\"]},"
            + "{\"type\":\"any\",\"of\":[{\"type\":\"idle\",\"seconds\":60},{\"type\":\"exitIntent\"}]}]}";

    @Test
    void namesTheFirstFailingPartOfAnAll() {
        ConditionParser.Explanation onTheFaq = ConditionParser.explain(IDLE_IN_CART, shopper().page(PageType.FAQ).idleFor(90).activity());
        assertThat(onTheFaq.holds()).as("I9").isFalse();
        assertThat(onTheFaq.path()).isEqualTo("conditions.of[0]");
        assertThat(onTheFaq.condition()).contains("pageType", "cart");
    }

    @Test
    void namesAnAnyOfWhichNothingHolds() {
        ConditionParser.Explanation busy = ConditionParser.explain(IDLE_IN_CART, shopper().page(PageType.CART).idleFor(59).activity());
        assertThat(busy.holds()).as("I9").isFalse();
        assertThat(busy.path()).isEqualTo("conditions.of[1]");
        assertThat(busy.condition()).startsWith("{\"type\":\"any\"");
    }

    @Test
    void holdsWhenEveryPartDoesAndAgreesWithTheCompiledPredicate() {
        var idle = shopper().page(PageType.CART).idleFor(60).activity();
        var leaving = shopper().page(PageType.CART).leaving().activity();
        assertThat(ConditionParser.explain(IDLE_IN_CART, idle)).isEqualTo(new ConditionParser.Explanation(true, null, null));
        assertThat(ConditionParser.explain(IDLE_IN_CART, leaving).holds()).isTrue();
        assertThat(ConditionParser.parse(IDLE_IN_CART).test(idle)).isTrue();
        assertThat(ConditionParser.explain("{\"type\":\"idle\",\"seconds\":60}", shopper().activity()).path()).as("a single condition")
                .isEqualTo("conditions");
    }

    @Test
    void refusesConditionsThatDoNotParse() {
        assertThatThrownBy(() -> ConditionParser.explain("{\"type\":\"idle\"}", shopper().activity())).isInstanceOf(RuleRefused.class);
    }

    @Test
    void listsEveryTypeWithItsFieldsForTheEditor() {
        assertThat(ConditionParser.types()).containsEntry("all", java.util.List.of("of")).containsEntry("event",
                java.util.List.of("name", "times", "withinSeconds")).containsEntry("exitIntent", java.util.List.of()).hasSize(24);
    }
}
