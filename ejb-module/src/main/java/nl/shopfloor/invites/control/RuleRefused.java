package nl.shopfloor.invites.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A rule that cannot be stored or compiled, with every problem found, each naming where it is. */
@ApplicationException(rollback = true)
public class RuleRefused extends RuntimeException {

    private final List<String> problems;

    public RuleRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
