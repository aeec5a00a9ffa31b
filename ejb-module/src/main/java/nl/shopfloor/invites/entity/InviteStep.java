package nl.shopfloor.invites.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the shopper did with an invite the widget received (invites I8); the wire name is the lower-case name. */
public enum InviteStep {
    SHOWN, CLICKED, DISMISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InviteStep> ofWireName(String name) {
        return Arrays.stream(values()).filter(step -> step.wireName().equals(name)).findFirst();
    }
}
