package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.InviteExposure;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteStep;
import nl.shopfloor.invites.entity.PastInvite;

/**
 * The invites a visitor was offered and what became of them (invites I8). The caller reads a visitor's history once
 * (per socket) and carries the history each decision returns, so an activity costs a database write only when it
 * leads to an invite or a control-group hold-back.
 */
@Stateless
public class Invitations {

    /** The longest any cap looks back (a dismiss keeps a rule away for at most 365 days, RuleChecks). */
    static final Duration HISTORY = Duration.ofDays(365);
    /** A bound on one visitor's history; the newest are kept. */
    static final int MAX_HISTORY = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    InviteEngine engine;

    @Inject
    Clock clock;

    public InviteHistory historyOf(String shopId, String visitorId) {
        List<PastInvite> newestFirst = new ArrayList<>(em.createNamedQuery(InviteExposure.findOfVisitorSince, InviteExposure.class)
                .setParameter("shop", shopId).setParameter("visitor", visitorId).setParameter("since", clock.instant().minus(HISTORY))
                .setMaxResults(MAX_HISTORY).getResultStream().map(InviteExposure::past).toList());
        Collections.reverse(newestFirst);
        return new InviteHistory(newestFirst);
    }

    public Considered consider(String shopId, Activity activity, InviteHistory history) {
        InviteDecision decision = engine.evaluate(shopId, activity, history);
        if (decision.outcome() != InviteDecision.Outcome.INVITE && decision.outcome() != InviteDecision.Outcome.CONTROL_GROUP) {
            return new Considered(decision, null, history);
        }
        InviteExposure exposure = new InviteExposure(Ids.random(), shopId, decision.rule().id(),
                decision.isInvite() ? decision.variant().ref() : null, activity.shopper().visitorId(), activity.visit().sessionId(),
                activity.at());
        em.persist(exposure);
        List<PastInvite> after = new ArrayList<>(history.shown());
        after.add(exposure.past());
        if (after.size() > MAX_HISTORY) {
            after.remove(0);
        }
        return new Considered(decision, exposure.id(), new InviteHistory(after));
    }

    /** Keeps the step once; false for an unknown exposure, another visitor's, a hold-back, or a step already kept. */
    public boolean step(String shopId, String visitorId, String exposureId, InviteStep step) {
        return ofVisitor(shopId, visitorId, exposureId).map(exposure -> exposure.record(step, clock.instant())).orElse(false);
    }

    /** The exposure, when it is this visitor's of this shop: ids from the widget are checked before they are used. */
    public Optional<InviteExposure> ofVisitor(String shopId, String visitorId, String exposureId) {
        if (!Ids.isWellFormed(exposureId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(InviteExposure.class, exposureId))
                .filter(exposure -> exposure.shopId().equals(shopId) && exposure.visitorId().equals(visitorId));
    }
}
