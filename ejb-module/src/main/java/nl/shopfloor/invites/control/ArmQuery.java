package nl.shopfloor.invites.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.shopfloor.commerce.entity.OrderStatus;
import nl.shopfloor.invites.entity.ArmFigures;

/**
 * One SQL query for every rule and arm of a shop over a period (invites I11), on MariaDB and the embedded H2. The
 * unit is the visitor: counted in the arm of their first exposure of the rule in the period, with a step counted when
 * any of their exposures of that rule had it, and the orders they placed from that first exposure until the shop's
 * attribution window after it (orders that count as revenue; matched on the visitor id the shop passes at checkout).
 * The innermost part reads ix_invite_exposure_results, the orders ix_order_visitor.
 * Parameters: 1 shop, 2 from (inclusive), 3 to (exclusive), 4 the shop again, 5 the attribution window in days.
 */
final class ArmQuery {

    static final String SQL = "SELECT rule_id, arm, COUNT(*), SUM(shown), SUM(clicked), SUM(dismissed), SUM(chatted),"
            + " SUM(CASE WHEN orders > 0 THEN 1 ELSE 0 END), SUM(orders), SUM(revenue), SUM(revenue * revenue)"
            + " FROM (SELECT f.rule_id, f.visitor_id, f.arm, f.shown, f.clicked, f.dismissed, f.chatted,"
            + "   COUNT(o.id) AS orders, COALESCE(SUM(o.total_excl_vat), 0) AS revenue"
            + "  FROM (SELECT x.rule_id, x.visitor_id, x.arm, x.first_at, x.shown, x.clicked, x.dismissed, x.chatted"
            + "   FROM (SELECT e.rule_id, e.visitor_id, e.variant_ref AS arm, e.offered_at AS first_at,"
            + "     ROW_NUMBER() OVER (PARTITION BY e.rule_id, e.visitor_id ORDER BY e.offered_at, e.id) AS nth,"
            + "     MAX(CASE WHEN e.shown_at IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY e.rule_id, e.visitor_id) AS shown,"
            + "     MAX(CASE WHEN e.clicked_at IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY e.rule_id, e.visitor_id) AS clicked,"
            + "     MAX(CASE WHEN e.dismissed_at IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY e.rule_id, e.visitor_id) AS dismissed,"
            + "     MAX(CASE WHEN e.conversation_id IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY e.rule_id, e.visitor_id) AS chatted"
            + "    FROM invite_exposure e WHERE e.shop_id = ?1 AND e.offered_at >= ?2 AND e.offered_at < ?3) x"
            + "   WHERE x.nth = 1) f"
            + "  LEFT JOIN shop_order o ON o.visitor_id = f.visitor_id AND o.shop_id = ?4 AND o.placed_at >= f.first_at"
            + "   AND o.placed_at < TIMESTAMPADD(DAY, ?5, f.first_at) AND o.status IN (" + counted() + ")"
            + "  GROUP BY f.rule_id, f.visitor_id, f.arm, f.shown, f.clicked, f.dismissed, f.chatted) v"
            + " GROUP BY rule_id, arm";

    private ArmQuery() {
    }

    /** The statuses as literals: enum constants, nothing anyone typed. */
    private static String counted() {
        return OrderStatus.revenue().stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
    }

    /** Rule id → its arms (the control group under the key null), from the query's rows. */
    static Map<String, Map<String, ArmFigures>> byRule(List<Object[]> rows) {
        Map<String, Map<String, ArmFigures>> byRule = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String arm = (String) row[1];
            byRule.computeIfAbsent((String) row[0], rule -> new LinkedHashMap<>()).put(arm, new ArmFigures(arm, count(row[2]),
                    count(row[3]), count(row[4]), count(row[5]), count(row[6]), count(row[7]), count(row[8]), money(row[9]),
                    row[10] == null ? 0 : ((Number) row[10]).doubleValue()));
        }
        return byRule;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal money = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return money.setScale(2, RoundingMode.HALF_UP);
    }
}
