package nl.shopfloor.answers.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an answer's placeholders from the conversation (A5, A6): a placeholder without a value stays as it is
 * written, for the agent to see and fill in, never replaced by something else; braces around other words are text.
 */
final class Placeholders {

    private static final Pattern BRACED = Pattern.compile("\\{([a-z]+)}");

    private Placeholders() {
    }

    /**
     * {@code values}: blank or missing means unknown. A value that would take the text past {@code maxLength} (what one
     * chat message holds) is left out as well, so the filled text can always be sent.
     */
    static FilledAnswer fill(String text, Map<Placeholder, String> values, int maxLength) {
        StringBuilder filled = new StringBuilder();
        List<String> unfilled = new ArrayList<>();
        Matcher matcher = BRACED.matcher(text);
        int at = 0;
        while (matcher.find()) {
            filled.append(text, at, matcher.start());
            at = matcher.end();
            String written = matcher.group();
            Optional<Placeholder> placeholder = Placeholder.named(matcher.group(1));
            String value = placeholder.map(values::get).map(String::strip).orElse(null);
            if (value == null || value.isEmpty()
                    || filled.length() + value.length() + (text.length() - at) > maxLength) {
                filled.append(written);
                if (placeholder.isPresent()) {
                    unfilled.add(written);
                }
            } else {
                filled.append(value);
            }
        }
        filled.append(text, at, text.length());
        return new FilledAnswer(filled.toString(), List.copyOf(unfilled));
    }

    /**
     * The product of a shop page, from its title: what stands before the site's name, which shops put after a
     * {@code " | "} or a spaced dash ({@code " – "}, {@code " — "}); a hyphen with spaces may be part of the name.
     * Null for a page without a title.
     */
    static String productOf(String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return null;
        }
        String title = pageTitle.strip();
        int cut = Math.max(title.lastIndexOf(" | "), Math.max(title.lastIndexOf(" \u2013 "), title.lastIndexOf(" \u2014 ")));
        return cut > 0 ? title.substring(0, cut).strip() : title;
    }
}
