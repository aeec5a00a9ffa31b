package nl.shopfloor.invites.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What is wrong with a rule, each problem with where it is ("conditions.of[2].seconds"), for the dashboard and the API. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** {@code key} names the text in {@code problems*.properties}; the arguments fill it in as they are written. */
    void add(String path, String key, Object... arguments) {
        found.add(new Problem(path, key, Arrays.stream(arguments).map(String::valueOf).toList()));
    }

    void addAll(List<Problem> others) {
        found.addAll(others);
    }

    /** Throws {@link RuleRefused} when anything was found. */
    void refuseAny() {
        if (!found.isEmpty()) {
            throw new RuleRefused(found);
        }
    }
}
