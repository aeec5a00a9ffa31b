package nl.shopfloor.presentation.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods a supervisor picks on the KPI page; all end today (the shop's day) except a custom one. */
public enum PeriodChoice {
    TODAY, WEEK, MONTH, CUSTOM;

    /** The first day of the period ending {@code today}; a custom period brings its own days. */
    LocalDate firstDay(LocalDate today) {
        return switch (this) {
            case TODAY, CUSTOM -> today;
            // Weeks start on Monday, as in the Dutch and most European calendars the shops use.
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
        };
    }
}
