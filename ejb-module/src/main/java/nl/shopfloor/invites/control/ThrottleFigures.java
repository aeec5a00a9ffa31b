package nl.shopfloor.invites.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * What the throttle knows of a shop (I9), read now and then, never per activity.
 *
 * @param acceptanceByRule  the last 30 days' acceptance per rule id; a rule without invites has the prior
 * @param medianFirstWait   of the chats started in the last 15 minutes (an unanswered one waiting until now, or until it was closed), null for none
 * @param averageOrder      the shop's average order, null when it sold nothing
 */
public record ThrottleFigures(Map<String, Acceptance> acceptanceByRule, Duration medianFirstWait, BigDecimal averageOrder) {

    public static final ThrottleFigures NONE = new ThrottleFigures(Map.of(), null, null);

    public ThrottleFigures {
        acceptanceByRule = Map.copyOf(acceptanceByRule);
    }

    public double acceptanceOf(String ruleId) {
        return acceptanceByRule.getOrDefault(ruleId, Acceptance.NONE).rate();
    }

    ThrottleFigures withAcceptance(Map<String, Acceptance> acceptance, BigDecimal average) {
        return new ThrottleFigures(acceptance, medianFirstWait, average);
    }

    ThrottleFigures withMedianFirstWait(Duration median) {
        return new ThrottleFigures(acceptanceByRule, median, averageOrder);
    }
}
