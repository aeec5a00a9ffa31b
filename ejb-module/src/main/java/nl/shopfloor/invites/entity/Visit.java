package nl.shopfloor.invites.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The shopper's session so far.
 *
 * @param referrer            where the session came from, null for none
 * @param language            the page's language, e.g. "nl"
 * @param events              the shop's named events of this session, oldest first
 * @param withinOpeningHours  the shop is open now (the caller asks the opening hours)
 */
public record Visit(String sessionId, Duration timeOnSite, int pageViews, BigDecimal cartValue, int cartItems, String referrer,
                    String language, DeviceType device, List<ShopEvent> events, boolean withinOpeningHours) {

    public Visit {
        events = List.copyOf(events);
    }
}
