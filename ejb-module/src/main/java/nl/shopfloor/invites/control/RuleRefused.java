package nl.shopfloor.invites.control;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/** A rule that cannot be stored or compiled, with every problem found, each naming where it is. */
@ApplicationException(rollback = true)
public class RuleRefused extends RuntimeException {

    private final List<Problem> details;

    public RuleRefused(List<Problem> details) {
        super(String.join("; ", details.stream().map(Problem::toString).toList()));
        this.details = List.copyOf(details);
    }

    static RuleRefused of(String path, String key, Object... arguments) {
        return new RuleRefused(List.of(new Problem(path, key, Arrays.stream(arguments).map(String::valueOf).toList())));
    }

    /** Each problem as "path: what", in English. */
    public List<String> problems() {
        return details.stream().map(Problem::toString).toList();
    }

    public List<Problem> details() {
        return details;
    }
}
