package nl.shopfloor.invites.control;

import java.util.function.Predicate;

/**
 * A wildcard pattern where {@code *} stands for any text, matched against the whole text without a regex: the parts
 * between the stars must occur in order, the first at the start and the last at the end unless a star stands there.
 * Finding each part at its first place is enough (a later place leaves less room for the rest), so this is linear.
 */
final class Glob implements Predicate<String> {

    private final String[] parts;

    Glob(String pattern) {
        this.parts = pattern.split("\\*", -1);
    }

    @Override
    public boolean test(String text) {
        if (parts.length == 1) {
            return text.equals(parts[0]);
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (!text.startsWith(first) || !text.endsWith(last) || text.length() < first.length() + last.length()) {
            return false;
        }
        int from = first.length();
        int end = text.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            int at = text.indexOf(parts[i], from);
            if (at < 0 || at + parts[i].length() > end) {
                return false;
            }
            from = at + parts[i].length();
        }
        return true;
    }
}
