package nl.shopfloor.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.shopfloor.CachedJson;
import nl.shopfloor.capacity.control.ShopAvailability;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.offline.control.BusinessHours;

/**
 * What a widget is told of the shop's availability — the one place that words it, for the welcome and for every
 * push: whether chat is possible, else why, and for a closed shop when chat opens again, as a local time and in
 * words in the shopper's language.
 */
@ApplicationScoped
public class ShopOpening {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    BusinessHours hours;

    @Inject
    WidgetTexts texts;

    /** {@code online}, {@code reason} when not, {@code opensAt} and {@code opensAtText} when closed and known. */
    JsonObjectBuilder describe(JsonObjectBuilder frame, ShopAvailability availability, String language) {
        frame.add("online", availability.canChat());
        if (!availability.canChat()) {
            frame.add("reason", availability.state().name().toLowerCase(Locale.ROOT));
        }
        LocalDateTime opensAt = availability.opensAt();
        if (opensAt != null) {
            frame.add("opensAt", opensAt.toString())
                    .add("opensAtText", inWords(opensAt, hours.localNow(availability.shopId()), language));
        }
        return frame;
    }

    /** Within the shop's opening hours now (a rule condition); kept in memory by {@link BusinessHours}. */
    boolean isOpen(String shopId) {
        return hours.isShopOpen(shopId);
    }

    JsonObject frame(ShopAvailability availability, String language) {
        return describe(CachedJson.createObjectBuilder().add("type", "availability"), availability, language).build();
    }

    /** "today at 13:00", "tomorrow at 08:00", "on Monday at 08:00", "on Monday 7 December at 08:00". */
    String inWords(LocalDateTime opensAt, LocalDateTime now, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String time = CLOCK.format(opensAt);
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), opensAt.toLocalDate());
        if (days == 0) {
            return format(language, "opens.today", time);
        }
        if (days == 1) {
            return format(language, "opens.tomorrow", time);
        }
        String day = days < 7 ? opensAt.getDayOfWeek().getDisplayName(TextStyle.FULL, locale)
                : DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(opensAt);
        return format(language, "opens.day", day, time);
    }

    private String format(String language, String key, Object... arguments) {
        return new MessageFormat(texts.text(language, key), Locale.forLanguageTag(language)).format(arguments);
    }
}
