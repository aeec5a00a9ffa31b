package nl.shopfloor.invites.entity;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The page the shopper is on, as the widget reports it.
 *
 * @param productId          null when not a product page
 * @param price              null when unknown
 * @param addedToCart        an add-to-cart was seen on this page
 * @param idle               since the last scroll, pointer move or key
 * @param scrollDepth        0–100, how far down the page the shopper has been
 * @param productSeenBefore  this page's product was viewed before in this session
 */
public record PageView(String url, PageType type, String productId, BigDecimal price, StockState stock, boolean addedToCart,
                       Duration timeOnPage, Duration idle, int scrollDepth, boolean exitIntent, boolean productSeenBefore) {
}
