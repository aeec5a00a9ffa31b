package nl.shopfloor.offline.entity;

import java.util.Locale;

/** When the shopper would like to be called. */
public enum CallbackWindow {
    ASAP, MORNING, AFTERNOON, EVENING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallbackWindow of(String key) {
        for (CallbackWindow window : values()) {
            if (window.key().equals(key)) {
                return window;
            }
        }
        throw new IllegalArgumentException("A call-back window is asap, morning, afternoon or evening");
    }
}
