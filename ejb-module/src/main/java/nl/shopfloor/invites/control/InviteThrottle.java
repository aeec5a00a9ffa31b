package nl.shopfloor.invites.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;
import nl.shopfloor.invites.entity.Activity;

/**
 * One shop's throttle (invites I9): lets an invite through only when the chats it is expected to bring fit. An invite
 * is open from when it is given until its delay and display time have passed; it is expected to bring its rule's
 * acceptance rate in chats. Held back, in this order:
 * <ol>
 * <li>{@link ThrottleReason#ANSWER_TIME} while the chats of the last 15 minutes waited longer than the answer target
 * for their first answer (median): more chats would make it worse;</li>
 * <li>{@link ThrottleReason#EXPECTED_CHATS} when the chats expected from the open invites and this one would not fit
 * in 80 % of the free slots (the rest is kept for shoppers who open the chat themselves);</li>
 * <li>{@link ThrottleReason#LOWER_VALUE} when slots are scarce (the expected chats past half of that share) and this
 * visitor's expected value — cart value, else lifetime value, else the shop's average order, times the rule's
 * acceptance — is below the median of the candidates of the last 10 minutes: the last slots go to those worth most.</li>
 * </ol>
 * A chat started from an invite still counts as open until its display time ends and also takes a free slot: the
 * throttle errs on the side of a team that keeps up. Plain Java with the times given; thread-safe; bounded.
 */
public final class InviteThrottle {

    static final double SLOT_SHARE = 0.8;
    static final double SCARCE_FROM = 0.5;
    static final Duration RECENT = Duration.ofMinutes(10);
    static final int MIN_RECENT = 3;
    static final int MAX_RECENT = 200;
    static final int MAX_OPEN = 10_000;

    private record OpenInvite(Instant until, double expectedChats) {
    }

    private record Candidate(Instant at, double value) {
    }

    private final Duration answerTarget;
    private final PriorityQueue<OpenInvite> open = new PriorityQueue<>((a, b) -> a.until().compareTo(b.until()));
    private final Deque<Candidate> recent = new ArrayDeque<>();
    private double expectedChats;

    public InviteThrottle(Duration answerTarget) {
        this.answerTarget = answerTarget;
    }

    /** Why this rule's invite is held back at the activity's time, or null to let it through. */
    public synchronized ThrottleReason judge(CompiledRule rule, Activity activity, ChatRoom room, ThrottleFigures figures) {
        Instant now = activity.at();
        closeUntil(now);
        forgetBefore(now.minus(RECENT));
        double acceptance = figures.acceptanceOf(rule.id());
        double value = valueOf(activity, figures).doubleValue() * acceptance;
        ThrottleReason reason = reasonFor(acceptance, value, room, figures);
        remember(new Candidate(now, value));
        return reason;
    }

    private ThrottleReason reasonFor(double acceptance, double value, ChatRoom room, ThrottleFigures figures) {
        if (figures.medianFirstWait() != null && figures.medianFirstWait().compareTo(answerTarget) > 0) {
            return ThrottleReason.ANSWER_TIME;
        }
        double share = SLOT_SHARE * room.freeSlots();
        double expected = expectedChats + acceptance;
        if (expected > share || open.size() >= MAX_OPEN) {
            return ThrottleReason.EXPECTED_CHATS;
        }
        if (expected > SCARCE_FROM * share && value < recentMedian()) {
            return ThrottleReason.LOWER_VALUE;
        }
        return null;
    }

    /** The rule's invite was given at {@code at}: it is expected to bring chats until its display time ends. */
    public synchronized InviteOpened invited(String shopId, CompiledRule rule, Instant at, ThrottleFigures figures) {
        InviteOpened opened = new InviteOpened(shopId, at.plus(rule.delay()).plus(rule.display()), figures.acceptanceOf(rule.id()));
        opened(opened);
        return opened;
    }

    /** An invite given here or on another instance of the cluster: its chats count against the same free slots. */
    public synchronized void opened(InviteOpened invite) {
        if (open.size() >= MAX_OPEN) {
            return;
        }
        open.add(new OpenInvite(invite.until(), invite.expectedChats()));
        expectedChats += invite.expectedChats();
    }

    /** The chats expected from the invites open at {@code now}. */
    synchronized double expectedChats(Instant now) {
        closeUntil(now);
        return expectedChats;
    }

    static BigDecimal valueOf(Activity activity, ThrottleFigures figures) {
        BigDecimal cart = activity.visit().cartValue();
        if (cart != null && cart.signum() > 0) {
            return cart;
        }
        BigDecimal lifetime = activity.shopper().lifetimeValue();
        if (lifetime != null && lifetime.signum() > 0) {
            return lifetime;
        }
        return figures.averageOrder() != null ? figures.averageOrder() : BigDecimal.ZERO;
    }

    private void closeUntil(Instant now) {
        while (!open.isEmpty() && !open.peek().until().isAfter(now)) {
            expectedChats -= open.poll().expectedChats();
        }
        if (open.isEmpty()) {
            expectedChats = 0; // no rounding drift to carry over
        }
    }

    private void forgetBefore(Instant from) {
        while (!recent.isEmpty() && recent.peekFirst().at().isBefore(from)) {
            recent.pollFirst();
        }
    }

    /** The median expected value of the recent candidates; with too few of them, none is lower. */
    private double recentMedian() {
        if (recent.size() < MIN_RECENT) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] values = recent.stream().mapToDouble(Candidate::value).toArray();
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private void remember(Candidate candidate) {
        if (recent.size() >= MAX_RECENT) {
            recent.pollFirst();
        }
        recent.addLast(candidate);
    }
}
