package nl.shopfloor.offline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * The texts of the mails, from i18n/mail[_nl].properties, in the language the shopper used. Plain text
 * only: what a shopper typed is never interpreted as markup.
 */
@ApplicationScoped
public class MailTemplates {

    public record Rendered(String subject, String body) {
    }

    @Inject
    WidgetTexts widgetTexts;

    /** For the shop's team (or the chosen colleague): everything needed to answer, with reply-to the shopper. */
    public Rendered forTeam(Shop shop, ContactMessage message, String forAgentName) {
        String language = shop.language(message.language());
        if (message.isCallback()) {
            return new Rendered(
                    text(language, "callback.team.subject", shop.name(), message.name(), message.phone()),
                    text(language, "callback.team.body", message.name(), message.phone(), when(language, message),
                            message.email() == null ? "-" : message.email(), message.text().isEmpty() ? "-" : message.text(),
                            forAgentName == null ? "-" : forAgentName));
        }
        String topic = widgetTexts.text(language, "topic." + message.topic());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language))
                .withZone(shop.zone()).format(message.createdAt());
        return new Rendered(
                text(language, "team.subject", shop.name(), topic, message.name()),
                text(language, forAgentName == null ? "team.body" : "team.body.personal", message.name(), message.email(),
                        topic, when, message.pageUrl() == null ? "-" : message.pageUrl(), message.text(), forAgentName));
    }

    /**
     * For the shopper: that the shop received it and will answer by e-mail or call — in the shop's words only.
     * The address is unverified: nothing the shopper typed (name, message, phone) goes to it, or the form would
     * relay anyone's text to anyone.
     */
    public Rendered confirmation(Shop shop, ContactMessage message) {
        String language = shop.language(message.language());
        if (message.isCallback()) {
            return new Rendered(
                    text(language, "callback.confirmation.subject", shop.name()),
                    text(language, "callback.confirmation.body", shop.name(), when(language, message)));
        }
        return new Rendered(
                text(language, "confirmation.subject", shop.name()),
                text(language, "confirmation.body", shop.name()));
    }

    /** An agent's answer in the agent's own words; the shopper's message is not quoted, as in the confirmation. */
    public Rendered answer(Shop shop, ContactMessage message, String agentName, String answer) {
        String language = shop.language(message.language());
        return new Rendered(
                text(language, "answer.subject", shop.name()),
                text(language, "answer.body", answer, agentName, shop.name()));
    }

    /** "tomorrow, in the morning" / "as soon as possible". */
    String when(String language, ContactMessage message) {
        String window = text(language, "callback.window." + message.callbackWindow().key());
        if (message.callbackDay() == null) {
            return window;
        }
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.forLanguageTag(language))
                .format(message.callbackDay());
        return text(language, "callback.when", day, window);
    }

    private static String text(String language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.mail", Locale.forLanguageTag(language), MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language)).format(arguments);
    }
}
