package nl.shopfloor.presentation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The dashboard's texts (bundle "msg") in the page's language, for the admin pages' views. */
public final class PageTexts {

    private PageTexts() {
    }

    /** Adds the bundle's text {@code key}, filled in with {@code arguments}, to the page's messages. */
    public static void say(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return MessageFormat.format(context.getApplication().getResourceBundle(context, "msg").getString(key), arguments);
    }

    /** A moment in the shop's time zone, written the way the page's language writes it. */
    public static String when(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(zone).format(at);
    }
}
