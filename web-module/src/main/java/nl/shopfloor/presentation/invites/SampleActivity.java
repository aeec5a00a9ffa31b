package nl.shopfloor.presentation.invites;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.PageView;
import nl.shopfloor.invites.entity.Shopper;
import nl.shopfloor.invites.entity.StockState;
import nl.shopfloor.invites.entity.Visit;

/** The rule editor's "test against a sample activity": a shopper's page and visit as an admin imagines them. */
public class SampleActivity implements Serializable {

    private PageType pageType = PageType.PRODUCT;
    private String url = "https://shop.example/";
    private int timeOnPage = 30;
    private int timeOnSite = 120;
    private int idle;
    private int scrollDepth;
    private int pagesViewed = 1;
    private BigDecimal cartValue = BigDecimal.ZERO;
    private boolean addedToCart;
    private boolean outOfStock;
    private boolean productSeenBefore;
    private boolean exitIntent;
    private boolean returning;
    private String language = "nl";
    private DeviceType device = DeviceType.DESKTOP;
    private String referrer;
    private String segment;
    private boolean withinOpeningHours = true;

    Activity at(Instant now) {
        boolean product = pageType == PageType.PRODUCT;
        BigDecimal cart = cartValue == null ? BigDecimal.ZERO : cartValue;
        return new Activity(now, new PageView(url, pageType, product ? "sample-product" : null, null,
                outOfStock ? StockState.OUT_OF_STOCK : StockState.UNKNOWN, addedToCart, Duration.ofSeconds(timeOnPage), Duration.ofSeconds(idle),
                scrollDepth, exitIntent, product && productSeenBefore),
                new Visit("sample-session", Duration.ofSeconds(timeOnSite), pagesViewed, cart, cart.signum() > 0 ? 1 : 0,
                        referrer == null || referrer.isBlank() ? null : referrer, language, device, List.of(), withinOpeningHours),
                new Shopper("sample-visitor", returning, 0, null, segment == null || segment.isBlank() ? null : segment, null));
    }

    public PageType getPageType() { return pageType; }
    public void setPageType(PageType pageType) { this.pageType = pageType == null ? PageType.OTHER : pageType; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url == null ? "" : url; }
    public int getTimeOnPage() { return timeOnPage; }
    public void setTimeOnPage(int timeOnPage) { this.timeOnPage = Math.max(0, timeOnPage); }
    public int getTimeOnSite() { return timeOnSite; }
    public void setTimeOnSite(int timeOnSite) { this.timeOnSite = Math.max(0, timeOnSite); }
    public int getIdle() { return idle; }
    public void setIdle(int idle) { this.idle = Math.max(0, idle); }
    public int getScrollDepth() { return scrollDepth; }
    public void setScrollDepth(int scrollDepth) { this.scrollDepth = Math.max(0, Math.min(100, scrollDepth)); }
    public int getPagesViewed() { return pagesViewed; }
    public void setPagesViewed(int pagesViewed) { this.pagesViewed = Math.max(1, pagesViewed); }
    public BigDecimal getCartValue() { return cartValue; }
    public void setCartValue(BigDecimal cartValue) { this.cartValue = cartValue == null || cartValue.signum() < 0 ? BigDecimal.ZERO : cartValue; }
    public boolean isAddedToCart() { return addedToCart; }
    public void setAddedToCart(boolean addedToCart) { this.addedToCart = addedToCart; }
    public boolean isOutOfStock() { return outOfStock; }
    public void setOutOfStock(boolean outOfStock) { this.outOfStock = outOfStock; }
    public boolean isProductSeenBefore() { return productSeenBefore; }
    public void setProductSeenBefore(boolean productSeenBefore) { this.productSeenBefore = productSeenBefore; }
    public boolean isExitIntent() { return exitIntent; }
    public void setExitIntent(boolean exitIntent) { this.exitIntent = exitIntent; }
    public boolean isReturning() { return returning; }
    public void setReturning(boolean returning) { this.returning = returning; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language == null || language.isBlank() ? "nl" : language.strip(); }
    public DeviceType getDevice() { return device; }
    public void setDevice(DeviceType device) { this.device = device == null ? DeviceType.DESKTOP : device; }
    public String getReferrer() { return referrer; }
    public void setReferrer(String referrer) { this.referrer = referrer; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public boolean isWithinOpeningHours() { return withinOpeningHours; }
    public void setWithinOpeningHours(boolean withinOpeningHours) { this.withinOpeningHours = withinOpeningHours; }
}
