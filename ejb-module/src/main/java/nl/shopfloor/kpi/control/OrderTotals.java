package nl.shopfloor.kpi.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A period's orders that count as revenue, added up from rows grouped by their credit (during/after/none) and agent:
 * all of the shop's for the site, and those credited to the chats a filter selects.
 */
final class OrderTotals {

    long orders;
    BigDecimal revenue = BigDecimal.ZERO;
    long creditedDuring;
    long creditedAfter;
    BigDecimal revenueDuring = BigDecimal.ZERO;
    BigDecimal revenueAfter = BigDecimal.ZERO;
    final Map<String, Long> creditedPerAgent = new TreeMap<>();
    final Map<String, BigDecimal> revenuePerAgent = new TreeMap<>();

    void addSite(long count, BigDecimal sum) {
        orders += count;
        revenue = revenue.add(sum);
    }

    /** {@code during}: null for orders credited to no chat; {@code agent}: null for those and for chats nobody had. */
    void addCredited(Boolean during, String agent, long count, BigDecimal sum) {
        if (Boolean.TRUE.equals(during)) {
            creditedDuring += count;
            revenueDuring = revenueDuring.add(sum);
        } else if (Boolean.FALSE.equals(during)) {
            creditedAfter += count;
            revenueAfter = revenueAfter.add(sum);
        }
        if (agent != null) {
            creditedPerAgent.merge(agent, count, Long::sum);
            revenuePerAgent.merge(agent, sum, BigDecimal::add);
        }
    }
}
