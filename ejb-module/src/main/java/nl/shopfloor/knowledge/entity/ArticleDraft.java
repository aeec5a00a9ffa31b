package nl.shopfloor.knowledge.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article as somebody typed or imported it, before it is stored; {@link #problem()} says what is wrong with it
 * (knowledge K2), so the dashboard form, the file upload and the API refuse the same things in the same words.
 * {@code ref}: the shop's own id of the article, only for imports.
 */
public record ArticleDraft(String language, String title, String body, String url, String ref) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_URL = 2000;
    public static final int MAX_REF = 100;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._:/-]{1," + MAX_REF + "}");

    /** Trimmed, blanks as null, the language in lower case. */
    public static ArticleDraft of(String language, String title, String body, String url, String ref) {
        return new ArticleDraft(blankless(language) == null ? null : blankless(language).toLowerCase(Locale.ROOT),
                blankless(title), blankless(body), blankless(url), blankless(ref));
    }

    public Optional<String> problem() {
        if (!"nl".equals(language) && !"en".equals(language)) {
            return Optional.of("'language' must be nl or en");
        }
        if (title == null || title.length() > MAX_TITLE || CONTROL.matcher(title).find() || title.contains("\n")) {
            return Optional.of("'title' must be one line of 1 to " + MAX_TITLE + " characters");
        }
        if (body == null || body.length() > MAX_BODY || CONTROL.matcher(body).find()) {
            return Optional.of("'body' must be plain text of 1 to " + MAX_BODY + " characters");
        }
        if (url != null && !isWebAddress(url)) {
            return Optional.of("'url' must be an http or https address of at most " + MAX_URL + " characters");
        }
        if (ref != null && !REF.matcher(ref).matches()) {
            return Optional.of("'ref' must be 1 to " + MAX_REF + " letters, digits or . _ : / -");
        }
        return Optional.empty();
    }

    /** What makes an imported row the same article again: its ref, else its URL; null when it has neither. */
    public String importKey() {
        return ref != null ? "ref:" + ref : url != null ? "url:" + url : null;
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
