package nl.shopfloor.answers.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.answers.entity.CannedAnswer;

/**
 * Which answers the reply box offers for {@code /query} (A4): those whose shortcut starts with the query, then those
 * with a title word that does; the chat's language before the other, and within each the most used first.
 */
final class Suggestions {

    static final int MAX = 8;

    private Suggestions() {
    }

    static List<CannedAnswer> of(List<CannedAnswer> visible, String query, String language) {
        String wanted = query.toLowerCase(Locale.ROOT);
        Comparator<CannedAnswer> order = Comparator.comparing((CannedAnswer a) -> !a.language().equals(language))
                .thenComparing(a -> !a.shortcut().startsWith(wanted))
                .thenComparing(Comparator.comparingInt(CannedAnswer::uses).reversed())
                .thenComparing(CannedAnswer::shortcut);
        return visible.stream().filter(a -> matches(a, wanted)).sorted(order).limit(MAX).toList();
    }

    private static boolean matches(CannedAnswer answer, String query) {
        return answer.shortcut().startsWith(query) || Arrays.stream(answer.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(word -> word.startsWith(query));
    }
}
