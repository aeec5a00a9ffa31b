package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.shopfloor.HandClock;
import org.junit.jupiter.api.Test;

class VariantStatsCacheTest {

    /** Answers what it is told to and records every read, as the query would be run. */
    static final class WatchedResults extends InviteResults {
        final List<String> reads = new ArrayList<>();
        long shown = 10;
        boolean failing;

        @Override
        public Map<String, Map<String, VariantStats>> variantStats(String shopId, Instant since, Instant until) {
            reads.add(shopId + " " + since + ".." + until);
            if (failing) {
                throw new IllegalStateException("database gone");
            }
            return Map.of("r1", Map.of("A", new VariantStats(shown, 1)));
        }
    }

    final HandClock clock = new HandClock();
    final WatchedResults results = new WatchedResults();
    final VariantStatsCache cache = new VariantStatsCache();

    VariantStatsCacheTest() {
        cache.results = results;
        cache.clock = clock;
    }

    @Test
    void readsAShopAtMostOnceAMinuteOverTheLast30Days() {
        Instant start = clock.instant();
        assertThat(cache.of("s", "r1")).as("I11").containsEntry("A", new VariantStats(10, 1));
        assertThat(cache.of("s", "other")).isEmpty();
        results.shown = 20;
        clock.advance(Duration.ofSeconds(60));
        assertThat(cache.of("s", "r1").get("A").shown()).isEqualTo(10);
        assertThat(results.reads).containsExactly("s " + start.minus(Duration.ofDays(30)) + ".." + start);
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.of("s", "r1").get("A").shown()).as("I11 read again after a minute").isEqualTo(20);
        assertThat(results.reads).hasSize(2);
    }

    @Test
    void aFailedReadKeepsTheFiguresThereWereAndTriesAgainAMinuteLater() {
        results.failing = true;
        assertThat(cache.of("s", "r1")).as("none yet").isEmpty();
        results.failing = false;
        clock.advance(Duration.ofSeconds(61));
        assertThat(cache.of("s", "r1")).containsEntry("A", new VariantStats(10, 1));
        results.failing = true;
        clock.advance(Duration.ofSeconds(61));
        assertThat(cache.of("s", "r1")).as("I11 the last figures").containsEntry("A", new VariantStats(10, 1));
        assertThat(results.reads).hasSize(3);
    }

    @Test
    void keepsAtMostSoManyShopsDroppingTheStalest() {
        for (int i = 0; i < VariantStatsCache.MAX_SHOPS; i++) {
            cache.of("shop" + i, "r1");
            clock.advance(Duration.ofMillis(1));
        }
        cache.of("one more", "r1");
        assertThat(cache.size()).isEqualTo(VariantStatsCache.MAX_SHOPS);
        cache.of("shop1", "r1");
        assertThat(results.reads).as("shop1 is still there").hasSize(VariantStatsCache.MAX_SHOPS + 1);
        cache.of("shop0", "r1");
        assertThat(results.reads).as("shop0, the stalest, was dropped").hasSize(VariantStatsCache.MAX_SHOPS + 2);
    }
}
