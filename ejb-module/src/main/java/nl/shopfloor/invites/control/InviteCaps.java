package nl.shopfloor.invites.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.PastInvite;

/**
 * Whether a rule's frequency caps let it invite this visitor at {@code now} (invites I4). Per session and per day
 * count this rule's invites (the day is the 24 hours up to now, so the cap does not reset at midnight in one time zone
 * and not another); a dismiss keeps this rule away for its days; the gap counts any invite of the shop.
 */
final class InviteCaps {

    static final Duration DAY = Duration.ofDays(1);

    private InviteCaps() {
    }

    /** The first cap that holds the rule back, or null when none does. */
    static Cap blocking(FrequencyCaps caps, String ruleId, String sessionId, InviteHistory history, Instant now) {
        int inSession = 0;
        int inDay = 0;
        Instant dayStart = now.minus(DAY);
        for (PastInvite invite : history.shown()) {
            if (caps.minGap() != null && invite.shownAt().isAfter(now.minus(caps.minGap()))) {
                return Cap.MIN_GAP;
            }
            if (!invite.ruleId().equals(ruleId)) {
                continue;
            }
            if (caps.daysAfterDismiss() != null && invite.dismissedAt() != null
                    && invite.dismissedAt().isAfter(now.minus(Duration.ofDays(caps.daysAfterDismiss())))) {
                return Cap.AFTER_DISMISS;
            }
            if (Objects.equals(invite.sessionId(), sessionId)) {
                inSession++;
            }
            if (invite.shownAt().isAfter(dayStart)) {
                inDay++;
            }
        }
        if (caps.perSession() != null && inSession >= caps.perSession()) {
            return Cap.PER_SESSION;
        }
        if (caps.perDay() != null && inDay >= caps.perDay()) {
            return Cap.PER_DAY;
        }
        return null;
    }
}
