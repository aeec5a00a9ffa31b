package nl.shopfloor.routing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import nl.shopfloor.chat.control.SurveyAnswered;
import nl.shopfloor.chat.entity.Conversation;

/**
 * Learns outcomes after their transaction committed (R5), on one worker thread: a survey or an order is stored even
 * when learning from it fails or is late, and the recount sees what was committed. Agent×topic pairs wait in a set,
 * so a burst of credits for one agent is one recount; at most {@link #MAX_PENDING} wait, and a pair left out is
 * counted again at its next survey or credit.
 */
@ApplicationScoped
public class Learning {

    /** Agent×topic rows per recount: well within every database's IN-list limits. */
    static final int CHUNK = 200;
    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = Logger.getLogger(Learning.class.getName());

    private final Set<AgentTopic> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean working = new AtomicBoolean();

    @Inject
    Outcomes outcomes;

    @Resource
    ManagedExecutorService executor;

    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) SurveyAnswered event) {
        Conversation conversation = event.conversation();
        if (conversation.agentUsername() != null) {
            learn(Set.of(new AgentTopic(conversation.agentUsername(), conversation.topic())));
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomesChanged event) {
        learn(event.changed());
    }

    // The committed transaction is still the thread's during AFTER_SUCCESS: a new one cannot start here.
    private void learn(Set<AgentTopic> changed) {
        int left = 0;
        for (AgentTopic pair : changed) {
            if (pending.size() < MAX_PENDING) {
                pending.add(pair);
            } else {
                left++;
            }
        }
        if (left > 0) {
            LOG.warning("Learning is behind: " + left + " agent/topic pairs left out until their next survey or credit");
        }
        startWorking();
    }

    private void startWorking() {
        if (!pending.isEmpty() && working.compareAndSet(false, true)) {
            try {
                executor.execute(this::recountPending);
            } catch (RejectedExecutionException e) {
                working.set(false);
                LOG.warning("Could not start learning; " + pending.size() + " agent/topic pairs wait for the next survey or credit");
            }
        }
    }

    void recountPending() {
        try {
            while (!pending.isEmpty()) {
                // Sorted, so that recounts on two servers lock shared rows in the same order.
                List<AgentTopic> chunk = pending.stream().sorted(Comparator.comparing(AgentTopic::key)).limit(CHUNK).toList();
                pending.removeAll(chunk);
                try {
                    outcomes.recount(chunk);
                } catch (RuntimeException e) {
                    LOG.warning("Could not learn the outcomes of " + chunk.size() + " agent/topic pairs; the next survey or credit"
                            + " of each counts them again: " + e);
                }
            }
        } finally {
            working.set(false);
        }
        startWorking(); // a pair that came in after the last look
    }
}
