package nl.shopfloor.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.shopfloor.grid.DataGrid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import nl.shopfloor.commerce.control.AverageOrderValues;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.kpi.control.WallFigures;

/**
 * Every shop's {@link InviteThrottle} and the figures it judges by (I9). The figures are read on the activity that
 * finds them stale — acceptance and the average order at most once a minute, answer times every 30 s, per shop — by
 * one caller while the others judge by the figures they have: never a database read per activity. A shop's first
 * judgement reads them. At most {@link #MAX_SHOPS} shops are kept; past that the map starts afresh (the throttle's
 * memory is a few minutes of open invites, so little is lost). In a cluster every instance's throttle also counts the
 * invites the others gave ({@link InviteOpened}, G3): the free slots they share are judged against all of them.
 */
@ApplicationScoped
public class InviteThrottles {

    static final Duration ACCEPTANCE_EVERY = Duration.ofMinutes(1);
    static final Duration ANSWER_TIMES_EVERY = Duration.ofSeconds(30);
    static final int MAX_SHOPS = 10_000;

    private static final Logger LOG = Logger.getLogger(InviteThrottles.class.getName());

    private final Map<String, ShopThrottle> byShop = new ConcurrentHashMap<>();

    @Inject
    InviteFigures figures;
    @Inject
    AverageOrderValues averageOrders;
    @Inject
    Clock clock;
    @Inject
    DataGrid grid;

    private final class ShopThrottle {
        final InviteThrottle throttle = new InviteThrottle(WallFigures.ANSWER_TARGET);
        final AtomicBoolean reading = new AtomicBoolean();
        volatile ThrottleFigures known = ThrottleFigures.NONE;
        volatile Instant acceptanceReadAt;
        volatile Instant answerTimesReadAt;

        ThrottleFigures current(String shopId) {
            Instant now = clock.instant();
            boolean acceptanceStale = acceptanceReadAt == null || !acceptanceReadAt.plus(ACCEPTANCE_EVERY).isAfter(now);
            boolean answersStale = answerTimesReadAt == null || !answerTimesReadAt.plus(ANSWER_TIMES_EVERY).isAfter(now);
            if ((acceptanceStale || answersStale) && reading.compareAndSet(false, true)) {
                try {
                    read(shopId, now, acceptanceStale, answersStale);
                } finally {
                    reading.set(false);
                }
            }
            return known;
        }

        /** A failed read is tried again after its period, with the figures known so far until then. */
        private void read(String shopId, Instant now, boolean acceptance, boolean answers) {
            try {
                if (acceptance) {
                    acceptanceReadAt = now;
                    known = known.withAcceptance(figures.acceptanceOf(shopId, now), averageOrders.of(shopId));
                }
                if (answers) {
                    answerTimesReadAt = now;
                    known = known.withMedianFirstWait(figures.medianFirstWait(shopId, now));
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "Throttle figures of shop " + shopId + " not read, judging by the last ones: " + e);
            }
        }
    }

    /** Why the rule's invite is held back now, or null to let it through. */
    public ThrottleReason judge(String shopId, CompiledRule rule, Activity activity, ChatRoom room) {
        ShopThrottle shop = of(shopId);
        return shop.throttle.judge(rule, activity, room, shop.current(shopId));
    }

    /** The rule's invite was given: its expected chats count until its display time ends. */
    public void invited(String shopId, CompiledRule rule, Instant at) {
        ShopThrottle shop = of(shopId);
        grid.tellOthers(shop.throttle.invited(shopId, rule, at, shop.known));
    }

    void invitedElsewhere(@Observes InviteOpened invite) {
        of(invite.shopId()).throttle.opened(invite);
    }

    private ShopThrottle of(String shopId) {
        ShopThrottle shop = byShop.get(shopId);
        if (shop != null) {
            return shop;
        }
        if (byShop.size() >= MAX_SHOPS) {
            byShop.clear();
        }
        return byShop.computeIfAbsent(shopId, id -> new ShopThrottle());
    }
}
