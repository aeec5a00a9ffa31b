package nl.shopfloor.chat.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.shopfloor.capacity.control.Capacity;

/**
 * Ties chat slots to transactions: a slot taken in a transaction that rolls back is given back, a slot
 * admitted for a start settles as it commits, and a slot is freed only once the closing of its conversation
 * is committed.
 */
@ApplicationScoped
public class SlotReleases {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Capacity capacity;

    /**
     * For a slot just admitted: settled as the start commits (from then on it is the chat's, whatever happens to
     * this instance), given back if the start rolls back.
     */
    void settleOrGiveBack(String shopId, String agent) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            private boolean settled;

            @Override
            public void beforeCompletion() {
                capacity.settle(shopId, agent);
                settled = true;
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                if (settled) {
                    capacity.release(shopId, agent);
                } else {
                    capacity.unwind(shopId, agent);
                }
            }
        });
    }

    void releaseOnRollback(String shopId, String agent) {
        afterCompletion(status -> status != Status.STATUS_COMMITTED, shopId, agent);
    }

    /** Gives a moved slot back to the agent it came from when the move rolls back. */
    void retakeOnRollback(String shopId, String agent) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    capacity.retake(shopId, agent);
                }
            }
        });
    }

    void releaseOnCommit(String shopId, String agent) {
        afterCompletion(status -> status == Status.STATUS_COMMITTED, shopId, agent);
    }

    private void afterCompletion(java.util.function.IntPredicate when, String shopId, String agent) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (when.test(status)) {
                    capacity.release(shopId, agent);
                }
            }
        });
    }
}
