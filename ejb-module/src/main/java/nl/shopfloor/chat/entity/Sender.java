package nl.shopfloor.chat.entity;

import java.util.Locale;

public enum Sender {
    SHOPPER, AGENT, SYSTEM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
