package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Rules.rule;
import static nl.shopfloor.invites.control.Rules.variant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.PastInvite;
import nl.shopfloor.invites.entity.SplitMode;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final int VISITORS = 20_000;
    private static final String ALWAYS = "{\"type\":\"all\",\"of\":[]}";

    /** Counts per variant ref ("control" for the control group) over {@code VISITORS} visitors. */
    private static Map<String, Integer> allocateMany(CompiledRule rule, Allocation allocation, Map<String, VariantStats> stats) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < VISITORS; i++) {
            Optional<InviteVariant> variant = allocation.allocate(rule, "visitor-" + i, InviteHistory.NONE, stats);
            counts.merge(variant.map(InviteVariant::ref).orElse("control"), 1, Integer::sum);
        }
        return counts;
    }

    /** 4.5 standard deviations of a binomial count: a deviation this large happens by chance in about 1 of 150,000 runs. */
    private static double tolerance(double share) {
        return 4.5 * Math.sqrt(VISITORS * share * (1 - share));
    }

    private static void assertShare(Map<String, Integer> counts, String ref, double share) {
        assertThat((double) counts.getOrDefault(ref, 0)).as("I5 " + ref + " of " + counts).isCloseTo(VISITORS * share,
                org.assertj.core.api.Assertions.within(tolerance(share)));
    }

    @Test
    void aFixedSplitHoldsItsRatiosOverManyVisitors() {
        CompiledRule rule = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.FIXED, 20, 0, List.of(variant("A", 25), variant("B", 75))));
        Map<String, Integer> counts = allocateMany(rule, new Allocation(new SplittableRandom(1)), Map.of());
        assertShare(counts, "control", 0.20);
        assertShare(counts, "A", 0.80 * 0.25);
        assertShare(counts, "B", 0.80 * 0.75);
    }

    @Test
    void aVisitorKeepsTheirPlaceInAFixedSplitAndTheControlGroup() {
        CompiledRule rule = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.FIXED, 30, 0, List.of(variant("A", 50), variant("B", 50))));
        for (int i = 0; i < 200; i++) {
            Optional<String> first = new Allocation(new SplittableRandom(i)).allocate(rule, "visitor-" + i, InviteHistory.NONE, Map.of())
                    .map(InviteVariant::ref);
            Optional<String> again = new Allocation(new SplittableRandom(i + 1000)).allocate(rule, "visitor-" + i, InviteHistory.NONE, Map.of())
                    .map(InviteVariant::ref);
            assertThat(again).as("I5 visitor-" + i).isEqualTo(first);
        }
    }

    @Test
    void anotherRuleSplitsTheSameVisitorsIndependently() {
        CompiledRule one = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.FIXED, 50, 0, List.of(variant("A", 100))));
        CompiledRule two = CompiledRule.of(rule("r2", 1, ALWAYS).split(SplitMode.FIXED, 50, 0, List.of(variant("A", 100))));
        Allocation allocation = new Allocation(new SplittableRandom(1));
        int inBothControlGroups = 0;
        for (int i = 0; i < VISITORS; i++) {
            if (allocation.allocate(one, "visitor-" + i, InviteHistory.NONE, Map.of()).isEmpty()
                    && allocation.allocate(two, "visitor-" + i, InviteHistory.NONE, Map.of()).isEmpty()) {
                inBothControlGroups++;
            }
        }
        assertThat((double) inBothControlGroups).as("I5").isCloseTo(VISITORS * 0.25, org.assertj.core.api.Assertions.within(tolerance(0.25)));
    }

    @Test
    void thompsonSamplingFavoursTheVariantThatConvertsBetter() {
        CompiledRule rule = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 0, List.of(variant("A", 0), variant("B", 0))));
        Map<String, VariantStats> stats = Map.of("A", new VariantStats(400, 20), "B", new VariantStats(400, 48));
        Map<String, Integer> counts = allocateMany(rule, new Allocation(new SplittableRandom(42)), stats);
        assertThat(counts.getOrDefault("B", 0)).as("I5 " + counts).isGreaterThan((int) (VISITORS * 0.95));
    }

    @Test
    void onRevenuePerVisitorThompsonSamplingFavoursTheVariantThatEarnsMore() {
        // A: 10 % order for about 20 each (2 per visitor); B: 6 % for about 100 (6 per visitor)
        Map<String, VariantStats> stats = Map.of("A", new VariantStats(1000, 100, 2000, 100 * (20 * 20 + 25)),
                "B", new VariantStats(1000, 60, 6000, 60 * (100 * 100 + 400)));
        CompiledRule onRevenue = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 0, List.of(variant("A", 0), variant("B", 0)))
                .optimiseOn(Optimise.REVENUE_PER_VISITOR));
        Map<String, Integer> counts = allocateMany(onRevenue, new Allocation(new SplittableRandom(42)), stats);
        assertThat(counts.getOrDefault("B", 0)).as("I11 " + counts).isGreaterThan((int) (VISITORS * 0.95));
        CompiledRule onConversion = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 0, List.of(variant("A", 0), variant("B", 0))));
        Map<String, Integer> byConversion = allocateMany(onConversion, new Allocation(new SplittableRandom(42)), stats);
        assertThat(byConversion.getOrDefault("A", 0)).as("I11 " + byConversion).isGreaterThan((int) (VISITORS * 0.95));
    }

    @Test
    void onRevenueWithoutBuyersOnlyConversionCounts() {
        CompiledRule onRevenue = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 0, List.of(variant("A", 0), variant("B", 0)))
                .optimiseOn(Optimise.REVENUE_PER_VISITOR));
        assertShare(allocateMany(onRevenue, new Allocation(new SplittableRandom(9)), Map.of()), "A", 0.5);
    }

    @Test
    void withoutEvidenceThompsonSamplingSplitsEvenly() {
        CompiledRule rule = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 0, List.of(variant("A", 0), variant("B", 0))));
        assertShare(allocateMany(rule, new Allocation(new SplittableRandom(7)), Map.of()), "A", 0.5);
    }

    @Test
    void everyVariantKeepsItsMinimumShareHoweverBadlyItDoes() {
        CompiledRule rule = CompiledRule.of(rule("r1", 1, ALWAYS)
                .split(SplitMode.ADAPTIVE, 10, 15, List.of(variant("A", 0), variant("B", 0), variant("C", 0))));
        Map<String, VariantStats> stats = Map.of("A", new VariantStats(5000, 0), "B", new VariantStats(5000, 1000), "C", new VariantStats(5000, 10));
        Map<String, Integer> counts = allocateMany(rule, new Allocation(new SplittableRandom(3)), stats);
        assertShare(counts, "control", 0.10);
        assertShare(counts, "A", 0.90 * 0.15);
        assertShare(counts, "C", 0.90 * 0.15);
        assertShare(counts, "B", 0.90 * 0.70);
    }

    @Test
    void anAdaptiveSplitKeepsTheVariantAVisitorWasShownBefore() {
        CompiledRule rule = CompiledRule.of(rule("r1", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 0, List.of(variant("A", 0), variant("B", 0))));
        Map<String, VariantStats> aWins = Map.of("A", new VariantStats(1000, 500), "B", new VariantStats(1000, 1));
        InviteHistory sawB = new InviteHistory(List.of(new PastInvite("r1", "B", "s", Shopping.NOW.minusSeconds(600), null),
                new PastInvite("other", "A", "s", Shopping.NOW.minusSeconds(60), null)));
        Allocation allocation = new Allocation(new SplittableRandom(5));
        for (int i = 0; i < 100; i++) {
            assertThat(allocation.allocate(rule, "visitor-" + i, sawB, aWins)).map(InviteVariant::ref).as("I5").contains("B");
        }
        InviteHistory sawARemovedVariant = new InviteHistory(List.of(new PastInvite("r1", "gone", "s", Shopping.NOW.minusSeconds(600), null)));
        assertThat(allocation.allocate(rule, "visitor-1", sawARemovedVariant, aWins)).as("I5 a removed variant: allocated anew").isPresent();
    }

    @Test
    void betaDrawsHaveTheirMean() {
        SplittableRandom random = new SplittableRandom(11);
        double sum = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            sum += Beta.sample(random, 3, 7);
        }
        // mean 0.3, variance 3·7 / (10² · 11) = 0.0191: the mean of 20,000 draws lies within 4.5 · 0.00098 of it
        assertThat(sum / draws).as("I5").isCloseTo(0.3, org.assertj.core.api.Assertions.within(0.0044));
    }
}
