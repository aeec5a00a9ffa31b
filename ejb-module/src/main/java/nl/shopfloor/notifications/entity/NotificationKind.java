package nl.shopfloor.notifications.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an agent may be notified of (notifications N1); each agent chooses which they want. */
public enum NotificationKind {
    NEW_CHAT, MESSAGE, WAITING, TAKE_OVER;

    /** {@code new_chat}, {@code message}, {@code waiting}, {@code take_over}: the name on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NotificationKind> ofWireName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(name)).findFirst();
    }
}
