package nl.shopfloor.webhooks.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.grid.DataGrid;

/**
 * Every minute: queues again the deliveries whose message was lost (W4: they are queued after the commit, so a broker
 * outage at that moment loses the message, never the delivery). Every hour: deletes deliveries older than 30 days,
 * a batch per transaction, at most 100 batches a run (W8).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWatch {

    private static final Logger LOG = Logger.getLogger(DeliveryWatch.class.getName());
    static final int MAX_REQUEUED = 500;
    static final int MAX_BATCHES = 100;

    @Inject
    DeliveryLog log;
    @Inject
    DataGrid grid;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void requeueLost() {
        if (!grid.isLead()) {
            return; // G2: once for the cluster
        }
        try {
            List<String> lost = log.overdue(MAX_REQUEUED);
            if (!lost.isEmpty()) {
                log.requeue(lost);
                LOG.info(() -> lost.size() + " webhook deliveries queued again after their message was lost");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not queue lost webhook deliveries again; trying next minute: " + e.getMessage());
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void purgeOld() {
        if (!grid.isLead()) {
            return;
        }
        try {
            int deleted = 0;
            for (int batch = 0, last = -1; batch < MAX_BATCHES && last != 0; batch++) {
                last = log.purgeBatch();
                deleted += last;
            }
            int total = deleted;
            if (total > 0) {
                LOG.info(() -> total + " webhook deliveries older than 30 days deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete old webhook deliveries; trying next hour: " + e.getMessage());
        }
    }
}
