package nl.shopfloor.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.offline.control.BusinessHours;

/** For a closed shop: when chat opens again, as a local time and in words in the shopper's language. */
@ApplicationScoped
public class ShopOpening {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    BusinessHours hours;

    @Inject
    WidgetTexts texts;

    /** Adds {@code opensAt} and {@code opensAtText} when the shop opens again within three weeks. */
    void describe(JsonObjectBuilder frame, String shopId, String language) {
        hours.nextOpening(shopId).ifPresent(opensAt -> frame
                .add("opensAt", opensAt.toString())
                .add("opensAtText", inWords(opensAt, hours.localNow(shopId), language)));
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
