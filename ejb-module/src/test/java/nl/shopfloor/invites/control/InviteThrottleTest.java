package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Rules.rule;
import static nl.shopfloor.invites.control.Shopping.NOW;
import static nl.shopfloor.invites.control.Shopping.shopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import nl.shopfloor.invites.entity.Activity;
import org.junit.jupiter.api.Test;

class InviteThrottleTest {

    private static final String ANYWHERE = "{\"type\":\"pagesViewed\",\"atLeast\":1}";
    private static final Duration TARGET = Duration.ofSeconds(20);
    /** One in four shown invites accepted: (24 + 1) / (90 + 10). */
    private static final ThrottleFigures QUARTER = new ThrottleFigures(Map.of("faq", new Acceptance(90, 24)), Duration.ofSeconds(5),
            new BigDecimal("50"));

    private final InviteThrottle throttle = new InviteThrottle(TARGET);
    /** delay 0, display 20 s (Rules) */
    private final CompiledRule faq = CompiledRule.of(rule("faq", 1, ANYWHERE));

    private static ChatRoom free(int slots) {
        return new ChatRoom(true, Set.of(), Set.of(), slots);
    }

    private static Activity at(int second) {
        return shopper().at(NOW.plusSeconds(second)).activity();
    }

    @Test
    void theAcceptanceRateStartsFromAPriorOfOneInTen() {
        assertThat(Acceptance.NONE.rate()).as("I9").isEqualTo(0.1);
        assertThat(new Acceptance(90, 24).rate()).as("I9").isEqualTo(0.25);
        assertThat(QUARTER.acceptanceOf("unknown rule")).as("I9").isEqualTo(0.1);
    }

    @Test
    void invitesStopWhenTheirExpectedChatsWouldNotFitInEightyPercentOfTheFreeSlots() {
        // 2 free slots: 1.6 chats may be expected; each invite a quarter of a chat, so six may be open and not a seventh
        for (int i = 0; i < 6; i++) {
            assertThat(throttle.judge(faq, at(i), free(2), QUARTER)).as("I9 invite " + (i + 1)).isNull();
            throttle.invited("demo", faq, NOW.plusSeconds(i), QUARTER);
        }
        assertThat(throttle.expectedChats(NOW.plusSeconds(6))).as("I9").isCloseTo(1.5, within(1e-9));
        assertThat(throttle.judge(faq, at(6), free(2), QUARTER)).as("I9").isEqualTo(ThrottleReason.EXPECTED_CHATS);
        assertThat(throttle.judge(faq, at(6), free(3), QUARTER)).as("I9 a slot more").isNull();
    }

    @Test
    void anInviteStopsCountingOnceItsDisplayTimeEnded() {
        throttle.invited("demo", faq, NOW, QUARTER);
        assertThat(throttle.judge(faq, at(19), free(1), QUARTER)).as("I9 0.25 + 0.25 + … fits 0.8 once").isNull();
        throttle.invited("demo", faq, NOW.plusSeconds(19), QUARTER);
        throttle.invited("demo", faq, NOW.plusSeconds(19), QUARTER);
        assertThat(throttle.judge(faq, at(19), free(1), QUARTER)).as("I9 1.0 > 0.8").isEqualTo(ThrottleReason.EXPECTED_CHATS);
        assertThat(throttle.expectedChats(NOW.plusSeconds(20))).as("I9 the first closed at 20 s").isCloseTo(0.5, within(1e-9));
        assertThat(throttle.judge(faq, at(20), free(1), QUARTER)).as("I9").isNull();
    }

    @Test
    void invitesGivenByTheOtherInstancesCountAgainstTheSameFreeSlots() {
        InviteThrottle other = new InviteThrottle(TARGET);
        for (int i = 0; i < 3; i++) {
            throttle.opened(other.invited("demo", faq, NOW.plusSeconds(i), QUARTER)); // told by the instance that gave it
            throttle.invited("demo", faq, NOW.plusSeconds(i), QUARTER);
        }
        assertThat(throttle.expectedChats(NOW.plusSeconds(3))).as("I9 G3 three here, three there").isCloseTo(1.5, within(1e-9));
        assertThat(throttle.judge(faq, at(3), free(2), QUARTER)).as("I9 G3").isEqualTo(ThrottleReason.EXPECTED_CHATS);
    }

    @Test
    void noFreeSlotsNoInvite() {
        assertThat(throttle.judge(faq, at(0), free(0), QUARTER)).as("I9").isEqualTo(ThrottleReason.EXPECTED_CHATS);
    }

    @Test
    void invitesWaitWhileTheMedianFirstWaitIsOverTheAnswerTarget() {
        ThrottleFigures slow = QUARTER.withMedianFirstWait(Duration.ofSeconds(21));
        assertThat(throttle.judge(faq, at(0), free(10), slow)).as("I9").isEqualTo(ThrottleReason.ANSWER_TIME);
        assertThat(throttle.judge(faq, at(0), free(10), QUARTER.withMedianFirstWait(TARGET))).as("I9 at the target").isNull();
        assertThat(throttle.judge(faq, at(0), free(10), QUARTER.withMedianFirstWait(null))).as("I9 no chats lately").isNull();
    }

    @Test
    void whenSlotsAreScarceTheLowerValuedVisitorIsHeldBack() {
        // 1 free slot: 0.8 chats; scarce once more than 0.4 would be expected, i.e. from the second open invite on
        ChatRoom oneSlot = free(1);
        for (String cart : new String[] {"100", "120", "140"}) {
            assertThat(throttle.judge(faq, shopper().cart(cart).at(NOW).activity(), free(10), QUARTER)).isNull();
        }
        throttle.invited("demo", faq, NOW, QUARTER);
        Activity small = shopper().cart("20").at(NOW.plusSeconds(1)).activity();
        assertThat(throttle.judge(faq, small, oneSlot, QUARTER)).as("I9 20 × 0.25 below the median 120 × 0.25")
                .isEqualTo(ThrottleReason.LOWER_VALUE);
        Activity large = shopper().cart("200").at(NOW.plusSeconds(1)).activity();
        assertThat(throttle.judge(faq, large, oneSlot, QUARTER)).as("I9 the larger cart goes first").isNull();
        assertThat(throttle.judge(faq, small, free(10), QUARTER)).as("I9 with room, every visitor gets one").isNull();
    }

    @Test
    void recentCandidatesAreThoseOfTheLastTenMinutes() {
        for (String cart : new String[] {"100", "120", "140"}) {
            throttle.judge(faq, shopper().cart(cart).at(NOW).activity(), free(10), QUARTER);
        }
        throttle.invited("demo", faq, NOW.plusSeconds(599), QUARTER);
        Activity later = shopper().cart("20").at(NOW.plusSeconds(601)).activity();
        assertThat(throttle.judge(faq, later, free(1), QUARTER)).as("I9 the others are older than 10 minutes").isNull();
    }

    @Test
    void aVisitorsValueIsTheCartElseTheLifetimeValueElseTheShopsAverageOrder() {
        assertThat(InviteThrottle.valueOf(shopper().cart("80").customer("vip", "900").activity(), QUARTER)).as("I9").isEqualByComparingTo("80");
        assertThat(InviteThrottle.valueOf(shopper().customer("vip", "900").activity(), QUARTER)).as("I9").isEqualByComparingTo("900");
        assertThat(InviteThrottle.valueOf(shopper().activity(), QUARTER)).as("I9").isEqualByComparingTo("50");
        assertThat(InviteThrottle.valueOf(shopper().activity(), ThrottleFigures.NONE)).as("I9 a shop without orders").isZero();
    }
}
