package nl.shopfloor.invites.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.ShopEvent;
import nl.shopfloor.invites.entity.StockState;

/**
 * The conditions a rule can combine (invites I1), each a predicate on one {@link Activity}. They compare only against
 * the activity's own facts and its {@code at}, never a clock, so an evaluation can be repeated.
 */
final class Conditions {

    private Conditions() {
    }

    static Predicate<Activity> all(List<Predicate<Activity>> parts) {
        @SuppressWarnings("unchecked")
        Predicate<Activity>[] each = parts.toArray(Predicate[]::new);
        return activity -> {
            for (Predicate<Activity> part : each) {
                if (!part.test(activity)) {
                    return false;
                }
            }
            return true;
        };
    }

    static Predicate<Activity> any(List<Predicate<Activity>> parts) {
        @SuppressWarnings("unchecked")
        Predicate<Activity>[] each = parts.toArray(Predicate[]::new);
        return activity -> {
            for (Predicate<Activity> part : each) {
                if (part.test(activity)) {
                    return true;
                }
            }
            return false;
        };
    }

    static Predicate<Activity> url(TextPatterns patterns) {
        return activity -> patterns.matches(activity.page().url());
    }

    static Predicate<Activity> referrer(TextPatterns patterns) {
        return activity -> patterns.matches(activity.visit().referrer());
    }

    static Predicate<Activity> pageType(Set<PageType> types) {
        return activity -> types.contains(activity.page().type());
    }

    static Predicate<Activity> timeOnPage(Duration atLeast) {
        return activity -> activity.page().timeOnPage().compareTo(atLeast) >= 0;
    }

    static Predicate<Activity> timeOnSite(Duration atLeast) {
        return activity -> activity.visit().timeOnSite().compareTo(atLeast) >= 0;
    }

    static Predicate<Activity> idle(Duration atLeast) {
        return activity -> activity.page().idle().compareTo(atLeast) >= 0;
    }

    static Predicate<Activity> productPageWithoutAddToCart(Duration atLeast) {
        return activity -> activity.page().type() == PageType.PRODUCT && !activity.page().addedToCart()
                && activity.page().timeOnPage().compareTo(atLeast) >= 0;
    }

    static Predicate<Activity> cartValue(BigDecimal atLeast) {
        return activity -> atLeastOrNot(activity.visit().cartValue(), atLeast);
    }

    static Predicate<Activity> lifetimeValue(BigDecimal atLeast) {
        return activity -> atLeastOrNot(activity.shopper().lifetimeValue(), atLeast);
    }

    static Predicate<Activity> outOfStockViewed() {
        return activity -> activity.page().stock() == StockState.OUT_OF_STOCK;
    }

    static Predicate<Activity> productViewedAgain() {
        return activity -> activity.page().productId() != null && activity.page().productSeenBefore();
    }

    /** The shop's event {@code name} at least {@code times} times in the {@code window} up to the activity. */
    static Predicate<Activity> event(String name, int times, Duration window) {
        return activity -> {
            Instant from = activity.at().minus(window);
            int seen = 0;
            List<ShopEvent> events = activity.visit().events();
            for (int i = events.size() - 1; i >= 0; i--) {
                ShopEvent event = events.get(i);
                if (event.at().isAfter(from) && !event.at().isAfter(activity.at()) && event.name().equals(name) && ++seen >= times) {
                    return true;
                }
            }
            return false;
        };
    }

    static Predicate<Activity> exitIntent() {
        return activity -> activity.page().exitIntent();
    }

    static Predicate<Activity> pagesViewed(int atLeast) {
        return activity -> activity.visit().pageViews() >= atLeast;
    }

    static Predicate<Activity> scrollDepth(int atLeastPercent) {
        return activity -> activity.page().scrollDepth() >= atLeastPercent;
    }

    static Predicate<Activity> returningVisitor(boolean returning) {
        return activity -> activity.shopper().returning() == returning;
    }

    /** Any earlier conversation, or (with {@code within}) one that ended no longer ago than that. */
    static Predicate<Activity> conversationBefore(Duration within) {
        return activity -> {
            if (activity.shopper().conversations() == 0) {
                return false;
            }
            Instant last = activity.shopper().lastConversationAt();
            return within == null || last != null && !last.isBefore(activity.at().minus(within));
        };
    }

    static Predicate<Activity> segment(Set<String> lowerCaseSegments) {
        return activity -> activity.shopper().segment() != null
                && lowerCaseSegments.contains(activity.shopper().segment().toLowerCase(Locale.ROOT));
    }

    /** By primary language: "nl" covers "nl-BE". */
    static Predicate<Activity> language(Set<String> lowerCaseLanguages) {
        return activity -> {
            String language = activity.visit().language();
            if (language == null) {
                return false;
            }
            int dash = language.indexOf('-');
            return lowerCaseLanguages.contains((dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT));
        };
    }

    static Predicate<Activity> device(Set<DeviceType> devices) {
        return activity -> devices.contains(activity.visit().device());
    }

    static Predicate<Activity> withinOpeningHours(boolean open) {
        return activity -> activity.visit().withinOpeningHours() == open;
    }

    private static boolean atLeastOrNot(BigDecimal value, BigDecimal atLeast) {
        return value != null && value.compareTo(atLeast) >= 0;
    }
}
