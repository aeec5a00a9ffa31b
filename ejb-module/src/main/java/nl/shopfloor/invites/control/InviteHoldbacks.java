package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.shopfloor.invites.entity.HoldbackReason;

/**
 * The stored hold-back counts (I10): {@link HoldbackTally} adds to them, the dashboard reads them. Plain SQL on one
 * table (the statements are shared with the test that runs them on H2): an hour's row is added to, or created.
 */
@Stateless
public class InviteHoldbacks {

    static final String ADD = "UPDATE invite_holdback SET held_back = held_back + ?"
            + " WHERE shop_id = ? AND rule_id = ? AND reason = ? AND bucket_start = ?";
    static final String CREATE = "INSERT INTO invite_holdback (shop_id, rule_id, reason, bucket_start, held_back) VALUES (?, ?, ?, ?, ?)";
    static final String PER_RULE = "SELECT rule_id, reason, SUM(CASE WHEN bucket_start >= ? THEN held_back ELSE 0 END),"
            + " SUM(CASE WHEN bucket_start >= ? THEN held_back ELSE 0 END), SUM(held_back) FROM invite_holdback"
            + " WHERE shop_id = ? AND bucket_start >= ? GROUP BY rule_id, reason ORDER BY rule_id, reason";

    static final Duration WEEK = Duration.ofDays(7);
    static final Duration MONTH = Duration.ofDays(30);

    /** Per rule and reason: today, the last 7 days, the last 30 days. */
    public record HeldBack(String ruleId, HoldbackReason reason, long today, long week, long month) {
    }

    @PersistenceContext
    EntityManager em;

    public void add(HoldbackTally.Bucket bucket, long count) {
        Timestamp hour = Timestamp.from(bucket.hour());
        int updated = em.createNativeQuery(ADD).setParameter(1, count).setParameter(2, bucket.shopId()).setParameter(3, bucket.ruleId())
                .setParameter(4, bucket.reason().name()).setParameter(5, hour).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery(CREATE).setParameter(1, bucket.shopId()).setParameter(2, bucket.ruleId())
                    .setParameter(3, bucket.reason().name()).setParameter(4, hour).setParameter(5, count).executeUpdate();
        }
    }

    /** {@code todayFrom}: the start of today in the shop's time zone. */
    public List<HeldBack> ofShop(String shopId, Instant todayFrom, Instant now) {
        Timestamp month = Timestamp.from(now.minus(MONTH));
        List<?> rows = em.createNativeQuery(PER_RULE).setParameter(1, Timestamp.from(todayFrom))
                .setParameter(2, Timestamp.from(now.minus(WEEK))).setParameter(3, shopId).setParameter(4, month).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new HeldBack((String) row[0], HoldbackReason.valueOf((String) row[1]), number(row[2]), number(row[3]),
                        number(row[4])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
