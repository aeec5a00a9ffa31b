package nl.shopfloor.kpi.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.shopfloor.kpi.entity.FirstResponses;

/**
 * A shop's result indicators over a period of days (K7). Ratios are null where their denominator is zero; revenue is
 * excl. VAT; cancelled and refunded orders count nowhere.
 *
 * @param filter the chats counted (K9): the chat-side figures follow it; sessions, orders and revenue are the whole
 *               shop's, the site to compare with
 * @param conversations chats started in the period
 * @param sessions web sessions in the period (the widget's count plus the shop's own)
 * @param orders the shop's orders placed in the period
 * @param creditedDuring orders credited to a chat, placed before it closed
 * @param creditedAfter orders credited to a chat, placed after it closed (within the window)
 */
public record ShopFigures(LocalDate from, LocalDate to, KpiFilter filter, int attributionDays, long conversations, long sessions,
                          long orders, BigDecimal revenue, long creditedDuring, long creditedAfter,
                          BigDecimal creditedRevenueDuring, BigDecimal creditedRevenueAfter, FirstResponses responses,
                          long abandoned, Satisfaction satisfaction, List<AgentFigures> agents, List<TeamFigures> teams) {

    public record AgentFigures(String agent, long conversations, long creditedOrders, BigDecimal creditedRevenue,
                               Satisfaction satisfaction) {
    }

    /** CSAT: the surveys answered in the period; satisfied are 4 or 5 stars. */
    public record Satisfaction(long answers, long satisfied, long stars) {

        public static final Satisfaction NONE = new Satisfaction(0, 0, 0);

        public Double satisfiedShare() {
            return answers == 0 ? null : (double) satisfied / answers;
        }

        public Double averageStars() {
            return answers == 0 ? null : (double) stars / answers;
        }

        Satisfaction plus(Satisfaction other) {
            return new Satisfaction(answers + other.answers, satisfied + other.satisfied, stars + other.stars);
        }
    }

    public long creditedOrders() {
        return creditedDuring + creditedAfter;
    }

    public BigDecimal creditedRevenue() {
        return creditedRevenueDuring.add(creditedRevenueAfter);
    }

    /** Chats ÷ web sessions; with a filter, the filtered chats ÷ all the shop's sessions. */
    public Double engagementRatio() {
        return ratio(conversations, sessions);
    }

    /** Credited orders ÷ chats: the sales conversion of chat. */
    public Double chatConversion() {
        return ratio(creditedOrders(), conversations);
    }

    /** Orders ÷ web sessions: the site's conversion. */
    public Double siteConversion() {
        return ratio(orders, sessions);
    }

    public BigDecimal chatAverageOrderValue() {
        return average(creditedRevenue(), creditedOrders());
    }

    public BigDecimal siteAverageOrderValue() {
        return average(revenue, orders);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static BigDecimal average(BigDecimal total, long count) {
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_UP);
    }
}
