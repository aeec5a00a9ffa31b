package nl.shopfloor.notifications.control;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.shopfloor.CachedJson;
import nl.shopfloor.notifications.entity.NotificationKind;

/**
 * What a push carries (N5): the kind, the chat's id, a title and a line in the agent's language, and the tag that makes
 * the page's and the service worker's notification for one kind and chat the same one. No text the shopper typed: it
 * would cross the browser vendor's push service and show on a locked phone's screen.
 */
public record Notification(NotificationKind kind, String chatId, String title, String body) {

    public static Notification of(NotificationKind kind, String chatId, String language) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.notifications", Locale.forLanguageTag(language),
                Notification.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Notification(kind, chatId, texts.getString(kind.wireName() + ".title"), texts.getString(kind.wireName() + ".body"));
    }

    public String tag() {
        return kind.wireName() + ":" + chatId;
    }

    public JsonObject toJson() {
        return CachedJson.createObjectBuilder()
                .add("kind", kind.wireName())
                .add("chat", chatId)
                .add("title", title)
                .add("body", body)
                .add("tag", tag())
                .build();
    }
}
