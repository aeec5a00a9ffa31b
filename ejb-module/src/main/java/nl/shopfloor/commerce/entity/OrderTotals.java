package nl.shopfloor.commerce.entity;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/** A buyer's orders that count as revenue, added up; {@code sum}, {@code first}, {@code last} null when there are none. */
public record OrderTotals(long count, BigDecimal sum, Instant first, Instant last) {

    /** From {@code ShopOrder.totalsOf*}: count, sum, min and max placedAt. */
    public static OrderTotals of(Object[] row) {
        return new OrderTotals(((Number) row[0]).longValue(), (BigDecimal) row[1], instant(row[2]), instant(row[3]));
    }

    // An aggregate over a converted attribute may come back as the column's type rather than the attribute's.
    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
