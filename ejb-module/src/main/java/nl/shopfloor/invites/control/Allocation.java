package nl.shopfloor.invites.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.PastInvite;
import nl.shopfloor.invites.entity.SplitMode;

/**
 * Which variant of a matching rule a visitor gets, or none: the control group (invites I5). Whether a visitor is in
 * the control group follows from their id and the rule's, so it never changes for them. In a fixed split the variant
 * does too; in an adaptive split a visitor keeps the variant they were shown before, and a new visitor gets each
 * variant with at least the minimum share and otherwise the one that wins a Thompson draw from
 * Beta(1 + converted, 1 + not converted) of every variant — the better one more often as the evidence grows. A rule
 * optimised for revenue per visitor (I11) multiplies that draw by one of the variant's value per buyer, from a normal
 * around its mean with its standard error; below two buyers, the mean value per buyer of all the rule's variants.
 */
public final class Allocation {

    private final RandomGenerator random;

    public Allocation(RandomGenerator random) {
        this.random = random;
    }

    /** Empty for the control group. */
    public Optional<InviteVariant> allocate(CompiledRule rule, String visitorId, InviteHistory history, Map<String, VariantStats> stats) {
        double bucket = bucket(visitorId, rule.id());
        double control = rule.controlShare() / 100.0;
        List<InviteVariant> variants = rule.variants();
        if (bucket < control || variants.isEmpty()) {
            return Optional.empty();
        }
        if (rule.split() == SplitMode.FIXED) {
            return Optional.of(byShare(variants, (bucket - control) / (1 - control)));
        }
        return Optional.of(shownBefore(rule, history).orElseGet(() -> adaptive(variants, rule.minShare() / 100.0, stats,
                rule.optimise() == Optimise.REVENUE_PER_VISITOR)));
    }

    private static InviteVariant byShare(List<InviteVariant> variants, double position) {
        double total = variants.stream().mapToInt(InviteVariant::share).sum();
        double upTo = 0;
        for (InviteVariant variant : variants) {
            upTo += variant.share() / total;
            if (position < upTo) {
                return variant;
            }
        }
        return variants.get(variants.size() - 1);
    }

    private static Optional<InviteVariant> shownBefore(CompiledRule rule, InviteHistory history) {
        for (int i = history.shown().size() - 1; i >= 0; i--) {
            PastInvite past = history.shown().get(i);
            if (past.ruleId().equals(rule.id())) {
                return rule.variants().stream().filter(variant -> variant.ref().equals(past.variantRef())).findFirst();
            }
        }
        return Optional.empty();
    }

    private InviteVariant adaptive(List<InviteVariant> variants, double minShare, Map<String, VariantStats> stats, boolean onRevenue) {
        double explore = random.nextDouble();
        if (explore < minShare * variants.size()) {
            return variants.get((int) (explore / minShare));
        }
        double pooledValue = onRevenue ? pooledValuePerBuyer(variants, stats) : 1;
        InviteVariant best = null;
        double bestDraw = -1;
        for (InviteVariant variant : variants) {
            VariantStats seen = stats.getOrDefault(variant.ref(), VariantStats.NONE);
            double draw = Beta.sample(random, 1 + seen.converted(), 1 + seen.notConverted());
            if (onRevenue) {
                draw *= valuePerBuyer(seen, pooledValue);
            }
            if (draw > bestDraw) {
                best = variant;
                bestDraw = draw;
            }
        }
        return best;
    }

    private double valuePerBuyer(VariantStats seen, double pooledValue) {
        double variance = seen.valuePerBuyerVariance();
        if (variance < 0) {
            return pooledValue;
        }
        return Math.max(0, seen.valuePerBuyer() + Math.sqrt(variance) * random.nextGaussian());
    }

    /** 1 while nobody ordered: then only conversion can tell the variants apart. */
    private static double pooledValuePerBuyer(List<InviteVariant> variants, Map<String, VariantStats> stats) {
        double revenue = 0;
        long buyers = 0;
        for (InviteVariant variant : variants) {
            VariantStats seen = stats.getOrDefault(variant.ref(), VariantStats.NONE);
            revenue += seen.revenue();
            buyers += seen.converted();
        }
        return buyers == 0 || revenue <= 0 ? 1 : revenue / buyers;
    }

    /** A position in [0, 1) that spreads similar visitor ids evenly (FNV-1a, then the MurmurHash3 finaliser). */
    static double bucket(String visitorId, String ruleId) {
        long hash = 0xcbf29ce484222325L;
        hash = fnv(hash, visitorId);
        hash = fnv(hash ^ '/', ruleId);
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
