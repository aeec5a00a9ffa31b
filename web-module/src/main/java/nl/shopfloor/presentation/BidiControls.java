package nl.shopfloor.presentation;

import java.util.regex.Pattern;

/**
 * Bidi control characters in what shoppers type (U+202E and friends) can make an agent read a text reordered
 * or reversed. They are kept in storage and removed for display; the pages also render such text isolated
 * ({@code dir="auto"}), so what remains cannot reorder its surroundings either.
 */
public final class BidiControls {

    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private BidiControls() {
    }

    public static String strip(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }
}
