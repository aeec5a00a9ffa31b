package nl.shopfloor.invites.control;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A URL or referrer condition's patterns: it holds when one of {@code matches} does and none of {@code except}. A
 * pattern is a wildcard ({@code *}) matched against the whole text, or a regular expression after {@code re:}
 * found anywhere in it. Only the first {@link #MAX_INPUT} characters of a text are looked at.
 */
final class TextPatterns {

    static final int MAX_PATTERN = 200;
    static final int MAX_INPUT = 2000;
    static final String REGEX = "re:";
    /** A group with a quantifier inside that is itself quantified: (a+)+, (\w*x)*, (a|b+){2,}. */
    private static final Pattern NESTED_QUANTIFIER = Pattern.compile("\\((?:[^()\\\\]|\\\\.)*[+*}](?:[^()\\\\]|\\\\.)*\\)[+*{]");

    private final Predicate<String>[] matches;
    private final Predicate<String>[] except;

    private TextPatterns(List<Predicate<String>> matches, List<Predicate<String>> except) {
        this.matches = toArray(matches);
        this.except = toArray(except);
    }

    static TextPatterns of(List<Predicate<String>> matches, List<Predicate<String>> except) {
        return new TextPatterns(matches, except);
    }

    boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String bounded = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        return anyOf(matches, bounded) && !anyOf(except, bounded);
    }

    /** The compiled pattern, or null with the problem added to {@code problems}. */
    static Predicate<String> compile(String pattern, String path, Problems problems) {
        if (pattern.isEmpty() || pattern.length() > MAX_PATTERN) {
            problems.add(path, "patternLength", MAX_PATTERN);
            return null;
        }
        if (!pattern.startsWith(REGEX)) {
            return new Glob(pattern);
        }
        String regex = pattern.substring(REGEX.length());
        if (NESTED_QUANTIFIER.matcher(regex).find()) {
            problems.add(path, "patternNested");
            return null;
        }
        try {
            return new BoundedRegex(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            problems.add(path, "patternInvalid", e.getDescription(), e.getIndex());
            return null;
        }
    }

    private static boolean anyOf(Predicate<String>[] patterns, String text) {
        for (Predicate<String> pattern : patterns) {
            if (pattern.test(text)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Predicate<String>[] toArray(List<Predicate<String>> patterns) {
        return patterns.toArray(Predicate[]::new);
    }
}
