package nl.shopfloor.invites.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a rule: where it is ("variants[0].textNl") and what, in English for the API and logs or in
 * Dutch for the dashboard ({@code problems*.properties} next to this class).
 */
public record Problem(String path, String key, List<String> arguments) {

    private static final String BUNDLE = "nl.shopfloor.invites.control.problems";

    public Problem {
        arguments = List.copyOf(arguments);
    }

    /** What is wrong, in {@code language} (Dutch, else English). */
    public String text(Locale language) {
        Locale locale = "nl".equals(language.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ROOT;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale).format(arguments.toArray());
    }

    /** "path: what", in English. */
    @Override
    public String toString() {
        return path + ": " + text(Locale.ROOT);
    }
}
