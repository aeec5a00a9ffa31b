package nl.shopfloor.chat.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a chat began (kpi K9). Only the widget's three entry points set one; {@code PROACTIVE} waits for invites. The
 * wire name is the one the widget sends in {@code start} and the KPI filters take.
 */
public enum ChatOrigin {
    REACTIVE, TEAM_PAGE, OWN_AGENT, PROACTIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ChatOrigin> ofWireName(String name) {
        return Arrays.stream(values()).filter(origin -> origin.wireName().equals(name)).findFirst();
    }
}
