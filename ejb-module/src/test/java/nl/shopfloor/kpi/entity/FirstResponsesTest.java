package nl.shopfloor.kpi.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstResponsesTest {

    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    static final Duration TARGET = Duration.ofSeconds(20);

    static FirstResponses.Chat answeredAfter(int seconds) {
        return new FirstResponses.Chat(START, START.plusSeconds(seconds), null);
    }

    @Test
    void medianOfTheAnsweredOnly() {
        FirstResponses odd = FirstResponses.of(List.of(answeredAfter(30), answeredAfter(5), answeredAfter(12),
                new FirstResponses.Chat(START, null, null)), TARGET, START.plusSeconds(10));
        assertThat(odd.median()).as("W3").isEqualTo(Duration.ofSeconds(12));
        assertThat(odd.answered()).isEqualTo(3);
        assertThat(odd.started()).isEqualTo(4);

        FirstResponses even = FirstResponses.of(List.of(answeredAfter(10), answeredAfter(21)), TARGET, START);
        assertThat(even.median()).as("W3").isEqualTo(Duration.ofMillis(15_500));
    }

    @Test
    void ninetiethPercentileByNearestRank() {
        List<FirstResponses.Chat> twenty = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(FirstResponsesTest::answeredAfter).toList();
        assertThat(FirstResponses.of(twenty, TARGET, START).p90()).as("W3 the 18th of 20").isEqualTo(Duration.ofSeconds(18));
        assertThat(FirstResponses.of(List.of(answeredAfter(7)), TARGET, START).p90()).as("W3 one chat").isEqualTo(Duration.ofSeconds(7));
        assertThat(FirstResponses.of(List.of(answeredAfter(3), answeredAfter(9), answeredAfter(4)), TARGET, START).p90())
                .as("W3 the slowest of three").isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void shareWithinTargetCountsOnlyDecidedChats() {
        Instant now = START.plusSeconds(60);
        FirstResponses figures = FirstResponses.of(List.of(
                answeredAfter(20),                                                  // hit: exactly the target
                answeredAfter(21),                                                  // miss
                new FirstResponses.Chat(START, null, null),                         // open 60 s unanswered: miss
                new FirstResponses.Chat(now.minusSeconds(5), null, null),           // open 5 s: not decided
                new FirstResponses.Chat(START, null, START.plusSeconds(8))),        // shopper left after 8 s: not counted
                TARGET, now);
        assertThat(figures.withinTarget()).as("W4").isEqualTo(1);
        assertThat(figures.counted()).as("W4").isEqualTo(3);
        assertThat(figures.withinTargetShare()).as("W4").isEqualTo(1.0 / 3);
    }

    @Test
    void nothingYetMeansNoFigures() {
        FirstResponses none = FirstResponses.of(List.of(), TARGET, START);
        assertThat(none.median()).isNull();
        assertThat(none.p90()).isNull();
        assertThat(none.withinTargetShare()).isNull();
    }
}
