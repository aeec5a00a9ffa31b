package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Rules.rule;
import static nl.shopfloor.invites.control.Shopping.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import nl.shopfloor.invites.control.HoldbackTally.Bucket;
import nl.shopfloor.invites.entity.HoldbackReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HoldbackTallyTest {

    private static final String ON_FAQ = "{\"type\":\"pageType\",\"in\":[\"faq\"]}";
    private static final Instant HOUR = NOW.truncatedTo(ChronoUnit.HOURS);

    private final CompiledRule faq = CompiledRule.of(rule("faq", 1, ON_FAQ));
    private final List<String> written = new ArrayList<>();
    private final HoldbackTally tally = new HoldbackTally();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private boolean databaseDown;

    @BeforeEach
    void writeToAList() {
        tally.flushMillis = 3_600_000;
        tally.scheduler = scheduler;
        tally.holdbacks = new InviteHoldbacks() {
            @Override
            public void add(Bucket bucket, long count) {
                if (databaseDown) {
                    throw new IllegalStateException("database down");
                }
                written.add(bucket.ruleId() + " " + bucket.reason() + " " + bucket.hour() + " " + count);
            }
        };
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void eachSessionRuleAndReasonCountsOnce() {
        for (int i = 0; i < 5; i++) {
            tally.count("shop", "session-1", InviteDecision.throttled(faq, ThrottleReason.ANSWER_TIME), NOW.plusSeconds(i));
        }
        tally.count("shop", "session-1", InviteDecision.noCapacity(faq), NOW);
        tally.count("shop", "session-2", InviteDecision.throttled(faq, ThrottleReason.ANSWER_TIME), NOW);
        tally.count("shop", "session-3", InviteDecision.controlGroup(faq), NOW);
        tally.count("shop", "session-3", InviteDecision.capped(faq, Cap.PER_SESSION), NOW);
        tally.count("shop", "session-3", InviteDecision.NO_MATCH, NOW);
        tally.count("shop", "session-3", InviteDecision.invite(faq, faq.variants().get(0)), NOW);
        assertThat(tally.waiting()).as("I10").isEqualTo(Map.of(
                new Bucket("shop", "faq", HoldbackReason.ANSWER_TIME, HOUR), 2L,
                new Bucket("shop", "faq", HoldbackReason.NO_CAPACITY, HOUR), 1L,
                new Bucket("shop", "faq", HoldbackReason.CONTROL_GROUP, HOUR), 1L,
                new Bucket("shop", "faq", HoldbackReason.CAPPED, HOUR), 1L));
    }

    @Test
    void theThrottlesReasonsAreCountedApart() {
        for (ThrottleReason reason : ThrottleReason.values()) {
            tally.count("shop", "session-1", InviteDecision.throttled(faq, reason), NOW);
        }
        assertThat(tally.waiting().keySet()).extracting(Bucket::reason).as("I10")
                .containsExactlyInAnyOrder(HoldbackReason.EXPECTED_CHATS, HoldbackReason.ANSWER_TIME, HoldbackReason.LOWER_VALUE);
    }

    @Test
    void aFlushWritesEachHoursCountOnceAndKeepsWhatCouldNotBeWritten() {
        tally.count("shop", "session-1", InviteDecision.noCapacity(faq), NOW);
        tally.count("shop", "session-2", InviteDecision.noCapacity(faq), NOW.plus(1, ChronoUnit.HOURS));
        databaseDown = true;
        tally.flush();
        assertThat(tally.waiting()).as("I10 kept for the next flush").hasSize(2);
        databaseDown = false;
        tally.flush();
        assertThat(written).as("I10").containsExactlyInAnyOrder("faq NO_CAPACITY " + HOUR + " 1",
                "faq NO_CAPACITY " + HOUR.plus(1, ChronoUnit.HOURS) + " 1");
        assertThat(tally.waiting()).as("I10").isEmpty();
        tally.flush();
        assertThat(written).as("I10 nothing twice").hasSize(2);
    }

    @Test
    void theSessionsRememberedAreBounded() {
        for (int i = 0; i <= HoldbackTally.MAX_SEEN; i++) {
            tally.heldBack("shop", "faq", "session-" + i, HoldbackReason.CAPPED, NOW);
        }
        tally.heldBack("shop", "faq", "session-0", HoldbackReason.CAPPED, NOW);
        assertThat(tally.waiting().get(new Bucket("shop", "faq", HoldbackReason.CAPPED, HOUR)))
                .as("I10 the oldest session was forgotten and counts again").isEqualTo(HoldbackTally.MAX_SEEN + 2L);
    }
}
