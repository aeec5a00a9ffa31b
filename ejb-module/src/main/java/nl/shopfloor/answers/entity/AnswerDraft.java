package nl.shopfloor.answers.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an agent typed for a canned answer, tidied: spaces around the fields and a leading {@code /} on the shortcut
 * left off, the shortcut in lower case (A3).
 */
public record AnswerDraft(String language, String shortcut, String title, String text) {

    public static final int MAX_SHORTCUT = 20;
    public static final int MAX_TITLE = 80;
    public static final int MAX_TEXT = 1000;
    public static final Set<String> LANGUAGES = Set.of("nl", "en");
    /** Letters, digits, - and _: what the reply box reads after a {@code /} (canned-answers.js matches the same). */
    public static final Pattern SHORTCUT = Pattern.compile("[\\p{L}\\p{N}_-]+");

    public AnswerDraft {
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        shortcut = shortcut == null ? "" : shortcut.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        title = title == null ? "" : title.strip();
        text = text == null ? "" : text.strip();
    }

    /** The first thing wrong with it, in the order of the form's fields. */
    public Optional<Refusal> problem() {
        if (!LANGUAGES.contains(language)) {
            return Optional.of(Refusal.LANGUAGE_UNKNOWN);
        }
        if (shortcut.isEmpty()) {
            return Optional.of(Refusal.SHORTCUT_EMPTY);
        }
        if (shortcut.length() > MAX_SHORTCUT) {
            return Optional.of(Refusal.SHORTCUT_TOO_LONG);
        }
        if (!SHORTCUT.matcher(shortcut).matches()) {
            return Optional.of(Refusal.SHORTCUT_INVALID);
        }
        if (title.isEmpty()) {
            return Optional.of(Refusal.TITLE_EMPTY);
        }
        if (title.length() > MAX_TITLE) {
            return Optional.of(Refusal.TITLE_TOO_LONG);
        }
        if (text.isEmpty()) {
            return Optional.of(Refusal.TEXT_EMPTY);
        }
        if (text.length() > MAX_TEXT) {
            return Optional.of(Refusal.TEXT_TOO_LONG);
        }
        return Optional.empty();
    }
}
