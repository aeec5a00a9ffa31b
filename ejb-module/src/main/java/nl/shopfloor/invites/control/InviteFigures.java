package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database figures the throttle works with (I9); {@link InviteThrottles} decides how often they are read. Read
 * outside the caller's transaction: a failed read must not roll back the activity's own work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InviteFigures {

    static final Duration ACCEPTANCE_PERIOD = Duration.ofDays(30);
    static final Duration ANSWER_PERIOD = Duration.ofMinutes(15);

    /** Accepted: the shopper clicked the invite or a chat was linked to it. Control-group exposures are never shown. */
    static final String ACCEPTANCE = "SELECT rule_id, COUNT(*), SUM(CASE WHEN clicked_at IS NOT NULL OR conversation_id IS NOT NULL"
            + " THEN 1 ELSE 0 END) FROM invite_exposure WHERE shop_id = ? AND shown_at >= ? GROUP BY rule_id";

    @PersistenceContext
    EntityManager em;

    /** Per rule id, the invites shown in the last 30 days and how many were accepted. */
    public Map<String, Acceptance> acceptanceOf(String shopId, Instant now) {
        List<?> rows = em.createNativeQuery(ACCEPTANCE).setParameter(1, shopId)
                .setParameter(2, Timestamp.from(now.minus(ACCEPTANCE_PERIOD))).getResultList();
        Map<String, Acceptance> byRule = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byRule.put((String) columns[0], new Acceptance(((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()));
        }
        return byRule;
    }

    /**
     * The median first wait of the chats started in the last 15 minutes: an unanswered one has waited until now, or
     * until the shopper left it unanswered.
     */
    public Duration medianFirstWait(String shopId, Instant now) {
        List<Object[]> chats = em.createQuery("select c.startedAt, c.firstResponseAt, c.closedAt from Conversation c"
                        + " where c.shopId = :shop and c.startedAt >= :since", Object[].class)
                .setParameter("shop", shopId).setParameter("since", now.minus(ANSWER_PERIOD)).getResultList();
        List<Duration> waits = new ArrayList<>();
        for (Object[] chat : chats) {
            Instant waitedUntil = chat[1] != null ? (Instant) chat[1] : chat[2] != null ? (Instant) chat[2] : now;
            waits.add(Duration.between((Instant) chat[0], waitedUntil));
        }
        return median(waits);
    }

    static Duration median(List<Duration> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        List<Duration> sorted = waits.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
