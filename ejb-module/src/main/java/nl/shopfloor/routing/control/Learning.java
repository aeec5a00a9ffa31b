package nl.shopfloor.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Learns outcomes after their transaction committed (R5): a survey or an order is stored even when learning from it
 * fails, and the recount sees what was committed. Each chunk is its own transaction, locked before it reads.
 */
@ApplicationScoped
public class Learning {

    /** Agent×topic rows per recount: well within every database's IN-list limits. */
    static final int CHUNK = 200;
    private static final Logger LOG = Logger.getLogger(Learning.class.getName());

    @Inject
    Outcomes outcomes;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomesChanged event) {
        // Sorted, so that two recounts lock shared rows in the same order.
        List<AgentTopic> changed = event.changed().stream().sorted(Comparator.comparing(AgentTopic::key)).toList();
        for (int at = 0; at < changed.size(); at += CHUNK) {
            List<AgentTopic> chunk = changed.subList(at, Math.min(changed.size(), at + CHUNK));
            try {
                outcomes.recount(chunk);
            } catch (RuntimeException e) {
                LOG.warning("Could not learn the outcomes of " + chunk.size() + " agent/topic pairs; the next survey or credit of each"
                        + " counts them again: " + e);
            }
        }
    }
}
