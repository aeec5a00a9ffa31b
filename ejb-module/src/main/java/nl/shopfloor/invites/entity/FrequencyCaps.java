package nl.shopfloor.invites.entity;

import java.time.Duration;

/**
 * How often one visitor may see a rule's invite; null means no such cap.
 *
 * @param perSession        this rule's invites in one session
 * @param perDay            this rule's invites in the last 24 hours
 * @param daysAfterDismiss  not again for this many days after the visitor dismissed this rule's invite
 * @param minGap            not within this time after any invite of the shop
 */
public record FrequencyCaps(Integer perSession, Integer perDay, Integer daysAfterDismiss, Duration minGap) {

    public static final FrequencyCaps NONE = new FrequencyCaps(null, null, null, null);
}
