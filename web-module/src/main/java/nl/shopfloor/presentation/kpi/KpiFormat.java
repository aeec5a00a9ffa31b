package nl.shopfloor.presentation.kpi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** The figures written the way the agent's language writes them; "–" where there is nothing to divide by. */
final class KpiFormat {

    static final String NONE = "–";
    private static final Currency EURO = Currency.getInstance("EUR");

    private final Locale locale;

    /** Only the language counts (nl, en): the page shows the same text to every English reader. */
    KpiFormat(Locale locale) {
        this.locale = Locale.forLanguageTag(locale.getLanguage());
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    String percent(Double ratio) {
        if (ratio == null) {
            return NONE;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(ratio);
    }

    String money(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(EURO);
        return money.format(amount);
    }

    /** "6.6": how many times {@code part} is {@code whole}, or null when either is unknown or the whole is zero. */
    String times(Double part, Double whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return decimal(part / whole);
    }

    String seconds(Duration duration) {
        return duration == null ? NONE : decimal(duration.toMillis() / 1000.0);
    }

    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    String decimal(double value) {
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        return decimal.format(value);
    }
}
