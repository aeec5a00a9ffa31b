package nl.shopfloor.invites.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.PageView;
import nl.shopfloor.invites.entity.ShopEvent;
import nl.shopfloor.invites.entity.Shopper;
import nl.shopfloor.invites.entity.StockState;
import nl.shopfloor.invites.entity.Visit;

/** One shopper's activity for a test: a new visitor's first second on an ordinary page, changed by the test as it needs. */
public final class Shopping {

    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private Instant at = NOW;
    private String url = "https://shop.example/";
    private PageType type = PageType.OTHER;
    private String productId;
    private StockState stock = StockState.UNKNOWN;
    private boolean addedToCart;
    private Duration timeOnPage = Duration.ZERO;
    private Duration idle = Duration.ZERO;
    private int scrollDepth;
    private boolean exitIntent;
    private boolean productSeenBefore;
    private String sessionId = "session-1";
    private Duration timeOnSite = Duration.ZERO;
    private int pageViews = 1;
    private BigDecimal cartValue = BigDecimal.ZERO;
    private String referrer;
    private String language = "nl";
    private DeviceType device = DeviceType.DESKTOP;
    private final List<ShopEvent> events = new ArrayList<>();
    private boolean withinOpeningHours = true;
    private String visitorId = "visitor-1";
    private boolean returning;
    private int conversations;
    private Instant lastConversationAt;
    private String segment;
    private BigDecimal lifetimeValue;

    public static Shopping shopper() {
        return new Shopping();
    }

    public Shopping at(Instant when) { at = when; return this; }
    public Shopping on(String pageUrl) { url = pageUrl; return this; }
    public Shopping page(PageType pageType) { type = pageType; return this; }
    public Shopping product(String id, StockState state) { type = PageType.PRODUCT; productId = id; stock = state; return this; }
    public Shopping addedToCart() { addedToCart = true; return this; }
    public Shopping onPageFor(int seconds) { timeOnPage = Duration.ofSeconds(seconds); return this; }
    public Shopping idleFor(int seconds) { idle = Duration.ofSeconds(seconds); return this; }
    public Shopping scrolled(int percent) { scrollDepth = percent; return this; }
    public Shopping leaving() { exitIntent = true; return this; }
    public Shopping productSeenBefore() { productSeenBefore = true; return this; }
    public Shopping session(String id) { sessionId = id; return this; }
    public Shopping onSiteFor(int seconds) { timeOnSite = Duration.ofSeconds(seconds); return this; }
    public Shopping pagesViewed(int count) { pageViews = count; return this; }
    public Shopping cart(String value) { cartValue = new BigDecimal(value); return this; }
    public Shopping from(String referrerUrl) { referrer = referrerUrl; return this; }
    public Shopping speaks(String languageTag) { language = languageTag; return this; }
    public Shopping using(DeviceType deviceType) { device = deviceType; return this; }
    public Shopping event(String name, Instant when) { events.add(new ShopEvent(name, when)); return this; }
    public Shopping shopClosed() { withinOpeningHours = false; return this; }
    public Shopping visitor(String id) { visitorId = id; return this; }
    public Shopping returning() { returning = true; return this; }
    public Shopping chattedBefore(int count, Instant last) { conversations = count; lastConversationAt = last; return this; }
    public Shopping customer(String customerSegment, String value) { segment = customerSegment; lifetimeValue = new BigDecimal(value); return this; }

    public Activity activity() {
        return new Activity(at, new PageView(url, type, productId, productId == null ? null : new BigDecimal("99.95"), stock, addedToCart,
                timeOnPage, idle, scrollDepth, exitIntent, productSeenBefore),
                new Visit(sessionId, timeOnSite, pageViews, cartValue, cartValue.signum() > 0 ? 1 : 0, referrer, language, device, events,
                        withinOpeningHours),
                new Shopper(visitorId, returning, conversations, lastConversationAt, segment, lifetimeValue));
    }
}
