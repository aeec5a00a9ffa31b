package nl.shopfloor.presentation.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.kpi.control.KpiFilter;
import nl.shopfloor.kpi.control.SalesFigures;
import nl.shopfloor.kpi.control.ShopFigures;

/**
 * The figures of a period point by point, each point from {@link SalesFigures#of} for its own days, so every point
 * shows what the API gives for those days. A point is a day up to {@link #MAX_DAILY_DAYS} days, beyond that a week
 * (at most 58 for the longest period): a query set per point stays cheap that way.
 */
public record Trend(boolean weekly, List<Point> points) {

    static final int MAX_DAILY_DAYS = 92;

    /** {@code to} is {@code from} for a day. */
    public record Point(LocalDate from, LocalDate to, ShopFigures figures) {
    }

    static Trend of(SalesFigures sales, String shopId, LocalDate from, LocalDate to, KpiFilter filter) {
        boolean weekly = ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAILY_DAYS;
        int step = weekly ? 7 : 1;
        List<Point> points = new ArrayList<>();
        for (LocalDate first = from; !first.isAfter(to); first = first.plusDays(step)) {
            LocalDate last = first.plusDays(step - 1L).isAfter(to) ? to : first.plusDays(step - 1L);
            points.add(new Point(first, last, sales.totalsOf(shopId, first, last, filter)));
        }
        return new Trend(weekly, List.copyOf(points));
    }
}
