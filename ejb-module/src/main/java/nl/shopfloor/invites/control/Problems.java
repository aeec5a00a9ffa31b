package nl.shopfloor.invites.control;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a rule, each problem with where it is ("conditions.of[2].seconds"), for the dashboard and the API. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String path, String problem) {
        found.add(path + ": " + problem);
    }

    void addAll(java.util.List<String> others) {
        found.addAll(others);
    }

    /** Throws {@link RuleRefused} when anything was found. */
    void refuseAny() {
        if (!found.isEmpty()) {
            throw new RuleRefused(found);
        }
    }
}
