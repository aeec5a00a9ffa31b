package nl.shopfloor.privacy.control;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.privacy.entity.RetentionPolicy;
import nl.shopfloor.grid.DataGrid;

/**
 * Applies every shop's retention (P4) each night, and one shop's at once when its admin asks. One run at a time
 * (the singleton's write lock): an admin who asks while a run is under way is told so at once instead of waiting.
 * It holds no transaction itself; each batch commits on its own ({@link RetentionBatches}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

    public static final String SCHEDULE = "schedule";
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    RetentionPolicies policies;
    @Inject
    RetentionBatches batches;
    @Inject
    Shops shops;
    @Inject
    Clock clock;
    @Inject
    DataGrid grid;

    // At night, when shops chat least; the cut-offs are whole days in each shop's zone, so the hour is no rule.
    @Schedule(hour = "3", minute = "20", persistent = false)
    void nightly() {
        if (!grid.isLead()) {
            return; // G2: once for the cluster
        }
        for (RetentionPolicy policy : policies.active()) {
            try {
                apply(policy, SCHEDULE);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention of shop " + policy.shopId() + " broke off; the next run goes on: " + e);
            }
        }
    }

    /** The shop's retention now; throws {@code ConcurrentAccessTimeoutException} while another run is under way. */
    @AccessTimeout(0)
    public RetentionRun applyNow(String shopId, String actor) {
        return apply(policies.of(shopId), actor);
    }

    private RetentionRun apply(RetentionPolicy policy, String actor) {
        String shopId = policy.shopId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ZoneId zone = shops.find(shopId).orElseThrow().zone();
        Optional<Instant> anonymiseBefore = policy.anonymiseBefore(now, zone);
        RetentionRun run = new RetentionRun(
                anonymiseBefore.map(before -> all(() -> batches.anonymiseConversations(shopId, before, now))).orElse(0),
                anonymiseBefore.map(before -> all(() -> batches.anonymiseVisitors(shopId, before, now))).orElse(0),
                policy.deleteContactsBefore(now, zone).map(before -> all(() -> batches.deleteContactMessages(shopId, before))).orElse(0));
        batches.audit(shopId, actor, run.summary(), now);
        LOG.info(() -> "Retention of shop " + shopId + " (" + actor + "): " + run.summary());
        return run;
    }

    private static int all(IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == RetentionBatches.BATCH);
        return total;
    }
}
