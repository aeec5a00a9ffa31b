package nl.shopfloor.presentation.kpi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import nl.shopfloor.kpi.control.ShopFigures;

/**
 * Chart.js configurations for p:chart from a {@link Trend}. Two lines per chart, told apart by colour and by dashes
 * (not by colour alone), both at least 3:1 against white; no animation, so nothing moves for those who asked for less.
 */
final class TrendCharts {

    private static final String FIRST_COLOUR = "#0b5cad";
    private static final String SECOND_COLOUR = "#b25e00";

    private TrendCharts() {
    }

    static String counts(Trend trend, Locale locale, String conversations, String creditedOrders) {
        return chart(trend, locale, conversations, f -> BigDecimal.valueOf(f.conversations()),
                creditedOrders, f -> BigDecimal.valueOf(f.creditedOrders()), false);
    }

    /** Conversions as percentages; a point without sessions or chats has no value and leaves a gap. */
    static String conversions(Trend trend, Locale locale, String chat, String site) {
        return chart(trend, locale, chat, f -> percent(f.chatConversion()), site, f -> percent(f.siteConversion()), true);
    }

    /** The share of satisfied ratings and of chats answered within the target, as percentages; gaps where none counts. */
    static String service(Trend trend, Locale locale, String satisfied, String withinTarget) {
        return chart(trend, locale, satisfied, f -> percent(f.satisfaction().satisfiedShare()), withinTarget,
                f -> percent(f.responses().withinTargetShare()), true);
    }

    private static String chart(Trend trend, Locale locale, String firstLabel, Function<ShopFigures, BigDecimal> first,
                                String secondLabel, Function<ShopFigures, BigDecimal> second, boolean percent) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag(locale.getLanguage()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.points().forEach(p -> labels.add(label.format(p.from())));
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (percent) {
            y.add("title", Json.createObjectBuilder().add("display", true).add("text", "%"));
        } else {
            y.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        String json = Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(line(trend, firstLabel, first, FIRST_COLOUR, false))
                        .add(line(trend, secondLabel, second, SECOND_COLOUR, true))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
        // The configuration is written into a script element: no "</script>" can come out of it.
        return json.replace("<", "\\u003c");
    }

    private static JsonObjectBuilder line(Trend trend, String label, Function<ShopFigures, BigDecimal> value, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        trend.points().forEach(p -> {
            BigDecimal v = value.apply(p.figures());
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        JsonObjectBuilder line = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("borderWidth", 2).add("pointRadius", 3).add("pointStyle", dashed ? "rect" : "circle");
        if (dashed) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    private static BigDecimal percent(Double ratio) {
        return ratio == null ? null : BigDecimal.valueOf(ratio * 100).setScale(2, RoundingMode.HALF_UP);
    }
}
