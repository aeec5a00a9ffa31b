package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Rules.rule;
import static nl.shopfloor.invites.control.Rules.variant;
import static nl.shopfloor.invites.control.Shopping.NOW;
import static nl.shopfloor.invites.control.Shopping.shopper;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.shopfloor.invites.control.InviteDecision.Outcome;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.PastInvite;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.SplitMode;
import org.junit.jupiter.api.Test;

class ShopRulesTest {

    private static final String ON_FAQ = "{\"type\":\"pageType\",\"in\":[\"faq\"]}";
    private static final String IDLE_MINUTE = "{\"type\":\"idle\",\"seconds\":60}";
    private static final ChatRoom OPEN = new ChatRoom(true, Set.of("sanne"), Set.of("service"), 5);
    private static final ChatRoom FULL = new ChatRoom(false, Set.of(), Set.of(), 0);

    private static ShopRules rules(InviteRule... rules) {
        return InviteRuleCache.compile(List.of(rules));
    }

    private static InviteDecision decide(ShopRules rules, Shopping shopping, InviteHistory history, ChatRoom room) {
        return rules.decide(shopping.activity(), history, () -> room, rule -> Map.of(), new Allocation(new SplittableRandom(1)));
    }

    @Test
    void theHighestPriorityMatchingRuleInvites() {
        ShopRules rules = rules(rule("low", 1, ON_FAQ), rule("high", 9, IDLE_MINUTE), rule("middle", 5, ON_FAQ));
        InviteDecision onFaq = decide(rules, shopper().page(PageType.FAQ), InviteHistory.NONE, OPEN);
        assertThat(onFaq.outcome()).as("I3").isEqualTo(Outcome.INVITE);
        assertThat(onFaq.rule().id()).as("I3").isEqualTo("middle");
        assertThat(onFaq.variant().ref()).as("I3").isEqualTo("A");
        assertThat(decide(rules, shopper().page(PageType.FAQ).idleFor(60), InviteHistory.NONE, OPEN).rule().id()).as("I3").isEqualTo("high");
    }

    @Test
    void equalPrioritiesAreTriedByName() {
        ShopRules rules = rules(rule("b", 5, ON_FAQ), rule("a", 5, ON_FAQ));
        assertThat(decide(rules, shopper().page(PageType.FAQ), InviteHistory.NONE, OPEN).rule().id()).as("I3").isEqualTo("a");
    }

    @Test
    void nothingMatches() {
        InviteDecision decision = decide(rules(rule("faq", 1, ON_FAQ)), shopper().page(PageType.CART), InviteHistory.NONE, OPEN);
        assertThat(decision).as("I3").isEqualTo(InviteDecision.NO_MATCH);
        assertThat(decide(ShopRules.NONE, shopper(), InviteHistory.NONE, OPEN)).as("I3 a shop without rules").isEqualTo(InviteDecision.NO_MATCH);
    }

    @Test
    void aCappedRuleGivesWayToTheNextAndOtherwiseSaysWhichCap() {
        InviteRule oncePerSession = rule("once", 9, ON_FAQ).capped(new FrequencyCaps(1, null, null, null));
        InviteHistory shownOnce = new InviteHistory(List.of(new PastInvite("once", "A", "session-1", NOW.minusSeconds(600), null)));
        InviteDecision next = decide(rules(oncePerSession, rule("fallback", 1, ON_FAQ)), shopper().page(PageType.FAQ), shownOnce, OPEN);
        assertThat(next.rule().id()).as("I3 I4").isEqualTo("fallback");
        InviteDecision capped = decide(rules(oncePerSession), shopper().page(PageType.FAQ), shownOnce, OPEN);
        assertThat(capped.outcome()).as("I4").isEqualTo(Outcome.CAPPED);
        assertThat(capped.cap()).as("I4").isEqualTo(Cap.PER_SESSION);
        assertThat(capped.rule().id()).as("I4").isEqualTo("once");
        assertThat(decide(rules(oncePerSession), shopper().page(PageType.FAQ).session("session-2"), shownOnce, OPEN).isInvite())
                .as("I4 a new session").isTrue();
    }

    @Test
    void noInviteWhenNoChatCanStartAndCapacityIsAskedOnlyWhenARuleWouldInvite() {
        AtomicInteger asked = new AtomicInteger();
        ShopRules rules = rules(rule("faq", 1, ON_FAQ), rule("faq-too", 1, ON_FAQ));
        InviteDecision full = rules.decide(shopper().page(PageType.FAQ).activity(), InviteHistory.NONE, () -> {
            asked.incrementAndGet();
            return FULL;
        }, rule -> Map.of(), new Allocation(new SplittableRandom(1)));
        assertThat(full.outcome()).as("I6").isEqualTo(Outcome.NO_CAPACITY);
        assertThat(full.rule().id()).as("I6").isEqualTo("faq");
        assertThat(asked).as("I6 once per evaluation").hasValue(1);
        rules.decide(shopper().page(PageType.CART).activity(), InviteHistory.NONE, () -> {
            asked.incrementAndGet();
            return FULL;
        }, rule -> Map.of(), new Allocation(new SplittableRandom(1)));
        assertThat(asked).as("I6 nothing matched: not asked").hasValue(1);
    }

    @Test
    void aNamedAgentMustHaveRoomElseTheNextRuleTries() {
        InviteRule lisa = rule("lisa", 9, ON_FAQ).presentedBy(Presenter.AGENT, "lisa");
        InviteRule sanne = rule("sanne", 5, ON_FAQ).presentedBy(Presenter.AGENT, "sanne");
        assertThat(decide(rules(lisa, sanne), shopper().page(PageType.FAQ), InviteHistory.NONE, OPEN).rule().id()).as("I6").isEqualTo("sanne");
        InviteDecision lisaBusy = decide(rules(lisa), shopper().page(PageType.FAQ), InviteHistory.NONE, OPEN);
        assertThat(lisaBusy.outcome()).as("I6").isEqualTo(Outcome.NO_CAPACITY);
    }

    @Test
    void capacityIsReportedBeforeACapWhenBothHeldRulesBack() {
        InviteRule capped = rule("capped", 9, ON_FAQ).capped(new FrequencyCaps(null, null, null, Duration.ofHours(1)));
        InviteRule full = rule("full", 1, ON_FAQ);
        InviteHistory justShown = new InviteHistory(List.of(new PastInvite("other", "A", "session-1", NOW.minusSeconds(10), null)));
        InviteDecision decision = decide(rules(capped, full), shopper().page(PageType.FAQ), justShown, FULL);
        assertThat(decision.outcome()).as("I3").isEqualTo(Outcome.NO_CAPACITY);
        assertThat(decision.rule().id()).as("I3").isEqualTo("full");
    }

    @Test
    void theControlGroupIsMatchedButHeldBack() {
        InviteRule allControl = rule("control", 1, ON_FAQ).split(SplitMode.FIXED, 50, 0, List.of(variant("A", 100)));
        int held = 0;
        for (int i = 0; i < 1000; i++) {
            InviteDecision decision = decide(rules(allControl), shopper().page(PageType.FAQ).visitor("visitor-" + i), InviteHistory.NONE, OPEN);
            assertThat(decision.rule().id()).as("I5").isEqualTo("control");
            if (decision.outcome() == Outcome.CONTROL_GROUP) {
                held++;
                assertThat(decision.variant()).as("I5").isNull();
            }
        }
        // 1,000 visitors, half held back: within 4.5 standard deviations (±71)
        assertThat(held).as("I5").isBetween(429, 571);
    }

    @Test
    void theSameActivityGetsTheSameDecision() {
        ShopRules rules = rules(rule("a", 3, IDLE_MINUTE).split(SplitMode.FIXED, 20, 0, List.of(variant("A", 40), variant("B", 60))));
        for (int i = 0; i < 100; i++) {
            Shopping shopping = shopper().idleFor(60).visitor("visitor-" + i);
            assertThat(decide(rules, shopping, InviteHistory.NONE, OPEN)).as("I3").isEqualTo(decide(rules, shopping, InviteHistory.NONE, OPEN));
        }
    }

    @Test
    void aTeamMustHaveSomeoneOnDutyWithRoom() {
        InviteRule sales = rule("sales", 9, ON_FAQ).presentedBy(Presenter.TEAM, "sales");
        InviteRule service = rule("service", 5, ON_FAQ).presentedBy(Presenter.TEAM, "service");
        assertThat(decide(rules(sales), shopper().page(PageType.FAQ), InviteHistory.NONE, OPEN).outcome()).as("I6").isEqualTo(Outcome.NO_CAPACITY);
        assertThat(decide(rules(sales, service), shopper().page(PageType.FAQ), InviteHistory.NONE, OPEN).rule().id()).as("I6").isEqualTo("service");
        assertThat(decide(rules(service), shopper().page(PageType.FAQ), InviteHistory.NONE, FULL).outcome()).as("I6 the shop's cap still holds")
                .isEqualTo(Outcome.NO_CAPACITY);
    }

    @Test
    void theThrottleJudgesBeforeTheControlGroupSplitSoBothArmsAreThrottledAlike() {
        InviteRule halfControl = rule("control", 1, ON_FAQ).split(SplitMode.FIXED, 50, 0, List.of(variant("A", 100)));
        AtomicInteger judged = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            InviteDecision decision = rules(halfControl).decide(shopper().page(PageType.FAQ).visitor("visitor-" + i).activity(),
                    InviteHistory.NONE, () -> OPEN, rule -> Map.of(), new Allocation(new SplittableRandom(1)), (rule, room) -> {
                        judged.incrementAndGet();
                        assertThat(room).isEqualTo(OPEN);
                        return ThrottleReason.EXPECTED_CHATS;
                    });
            assertThat(decision.outcome()).as("I9 I5").isEqualTo(Outcome.THROTTLED);
            assertThat(decision.throttle()).as("I9").isEqualTo(ThrottleReason.EXPECTED_CHATS);
            assertThat(decision.rule().id()).as("I9").isEqualTo("control");
        }
        assertThat(judged).as("I9 every visitor, control group or not").hasValue(200);
    }

    @Test
    void aThrottledRuleGivesWayToTheNextAndCapacityIsReportedFirst() {
        ShopRules rules = rules(rule("valuable-only", 9, ON_FAQ), rule("fallback", 1, ON_FAQ));
        InviteDecision next = rules.decide(shopper().page(PageType.FAQ).activity(), InviteHistory.NONE, () -> OPEN, rule -> Map.of(),
                new Allocation(new SplittableRandom(1)), (rule, room) -> rule.id().equals("valuable-only") ? ThrottleReason.LOWER_VALUE : null);
        assertThat(next.rule().id()).as("I9").isEqualTo("fallback");
        InviteRule lisa = rule("lisa", 9, ON_FAQ).presentedBy(Presenter.AGENT, "lisa");
        InviteDecision both = rules(lisa, rule("throttled", 1, ON_FAQ)).decide(shopper().page(PageType.FAQ).activity(), InviteHistory.NONE,
                () -> OPEN, rule -> Map.of(), new Allocation(new SplittableRandom(1)), (rule, room) -> ThrottleReason.ANSWER_TIME);
        assertThat(both.outcome()).as("I9").isEqualTo(Outcome.NO_CAPACITY);
    }
}
