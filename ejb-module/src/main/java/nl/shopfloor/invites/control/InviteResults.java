package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.invites.control.AbTest.Judged;
import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.ResultsOfPeriod;
import nl.shopfloor.invites.entity.RuleResults;

/**
 * A shop's A/B results per rule and arm (invites I11): one query ({@link ArmQuery}) for all its rules, judged by
 * {@link AbTest} on each rule's own metric. The arms are the control group (when the rule holds one back or had one),
 * the rule's variants (also before anyone saw them), and variants since removed that still had visitors.
 */
@Stateless
public class InviteResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    InviteRules rules;

    /** Over whole days in the shop's time zone, {@code from} to {@code to} inclusive; rules by priority, then name. */
    public ResultsOfPeriod of(String shopId, LocalDate from, LocalDate to) {
        Shop shop = em.find(Shop.class, shopId);
        Map<String, Map<String, ArmFigures>> figures = arms(shop, from.atStartOfDay(shop.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(shop.zone()).toInstant());
        List<RuleResults> results = new ArrayList<>();
        for (InviteRule rule : rules.ofShop(shopId)) {
            Judged judged = AbTest.judge(armsOf(rule, figures.getOrDefault(rule.id(), Map.of())), rule.optimise());
            results.add(new RuleResults(rule.id(), rule.name(), rule.optimise(), judged.arms(), judged.verdict()));
        }
        return new ResultsOfPeriod(from, to, (int) shop.attributionWindow().toDays(), results);
    }

    /** Rule id → variant ref → what its visitors did from {@code since} until {@code until}: the adaptive split's evidence. */
    public Map<String, Map<String, VariantStats>> variantStats(String shopId, Instant since, Instant until) {
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null) {
            return Map.of();
        }
        Map<String, Map<String, VariantStats>> stats = new HashMap<>();
        arms(shop, since, until).forEach((rule, arms) -> arms.values().stream().filter(arm -> !arm.isControl())
                .forEach(arm -> stats.computeIfAbsent(rule, r -> new HashMap<>()).put(arm.variantRef(),
                        new VariantStats(arm.visitors(), arm.buyers(), arm.revenue().doubleValue(), arm.revenueSquares()))));
        return stats;
    }

    private Map<String, Map<String, ArmFigures>> arms(Shop shop, Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ArmQuery.SQL).setParameter(1, shop.id()).setParameter(2, Timestamp.from(start))
                .setParameter(3, Timestamp.from(end)).setParameter(4, shop.id())
                .setParameter(5, (int) shop.attributionWindow().toDays()).getResultList();
        return ArmQuery.byRule(rows);
    }

    static List<ArmFigures> armsOf(InviteRule rule, Map<String, ArmFigures> figures) {
        Map<String, ArmFigures> remaining = new LinkedHashMap<>(figures);
        List<ArmFigures> arms = new ArrayList<>();
        ArmFigures control = remaining.remove(null);
        if (control != null || rule.controlShare() > 0) {
            arms.add(control != null ? control : ArmFigures.none(null));
        }
        for (InviteVariant variant : rule.variants()) {
            ArmFigures seen = remaining.remove(variant.ref());
            arms.add(seen != null ? seen : ArmFigures.none(variant.ref()));
        }
        arms.addAll(remaining.values());
        return arms;
    }
}
