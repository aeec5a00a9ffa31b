package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.InviteHistory;

/**
 * Evaluates one shopper's activity against their shop's rules (invites I3, I6, I9): the shop's compiled rules from the
 * cache, the availability owner asked only when a rule matched and its caps allow it, then the shop's throttle. Until the outcomes of invites
 * are stored, an adaptive split draws every variant from Beta(1, 1): evenly.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InviteEngine {

    @Inject
    InviteRuleCache cache;

    @Inject
    Availabilities availabilities;

    @Inject
    InviteThrottles throttles;

    public InviteDecision evaluate(String shopId, Activity activity, InviteHistory history) {
        InviteDecision decision = cache.of(shopId).decide(activity, history, () -> ChatRoom.of(availabilities.now(shopId)),
                rule -> Map.of(), new Allocation(ThreadLocalRandom.current()), (rule, room) -> throttles.judge(shopId, rule, activity, room));
        if (decision.isInvite()) {
            throttles.invited(shopId, decision.rule(), activity.at());
        }
        return decision;
    }
}
