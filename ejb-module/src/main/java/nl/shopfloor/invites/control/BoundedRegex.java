package nl.shopfloor.invites.control;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An admin's regular expression, found anywhere in the text, that cannot hang an evaluation: the matcher reads the
 * text through a budget of character reads, and a match that would read more counts as no match. Patterns with a
 * quantified group that itself repeats (the catastrophic {@code (a+)+} shape) are refused before they get here
 * ({@link TextPatterns}); the budget covers whatever that check misses.
 */
final class BoundedRegex implements Predicate<String> {

    static final int READ_BUDGET = 20_000;

    private final Pattern pattern;

    BoundedRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    @Override
    public boolean test(String text) {
        try {
            return pattern.matcher(new Budgeted(text)).find();
        } catch (OverBudget tooCostly) {
            return false;
        } catch (StackOverflowError deepBacktracking) {
            // java.util.regex recurses per repetition of a group: a long URL can exhaust the stack before the budget
            return false;
        }
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private static final class Budgeted implements CharSequence {
        private final String text;
        private int reads;

        Budgeted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > READ_BUDGET) {
                throw new OverBudget();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
