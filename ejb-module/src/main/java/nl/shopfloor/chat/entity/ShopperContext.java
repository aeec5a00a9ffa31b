package nl.shopfloor.chat.entity;

import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import nl.shopfloor.CachedJson;

/** Where the shopper of an open conversation is now, and their cart, as their widget last reported (chat C20). */
@Entity
@Table(name = "shopper_context")
public class ShopperContext {

    @Id
    @Column(name = "conversation_id", length = 40)
    private String conversationId;

    @Column(name = "page_url", length = 2000)
    private String pageUrl;

    @Column(name = "page_title", length = 300)
    private String pageTitle;

    @Column(name = "moved_at")
    private Instant movedAt;

    @Lob
    @Column(name = "cart")
    private String cart;

    @Column(name = "cart_at")
    private Instant cartAt;

    protected ShopperContext() {
    }

    public ShopperContext(String conversationId) {
        this.conversationId = conversationId;
    }

    /** Whether this is news: the shopper opened another page than the one known (a reload is not). */
    public boolean moved(Page page, Page known, Instant now) {
        Page current = pageUrl == null ? known : page();
        if (page.url() == null || page.url().equals(current.url())) {
            return false;
        }
        pageUrl = page.url();
        pageTitle = page.title();
        movedAt = now;
        return true;
    }

    /** Whether this is news: the widget says the cart again after every page load. */
    public boolean cart(Cart cart, Instant now) {
        String json = cart.toJson().toString();
        if (json.equals(this.cart)) {
            return false;
        }
        this.cart = json;
        cartAt = now;
        return true;
    }

    public String conversationId() {
        return conversationId;
    }

    /** The page the shopper opened after the one they started the chat on, if any. */
    public Optional<Page> currentPage() {
        return pageUrl == null ? Optional.empty() : Optional.of(page());
    }

    public Instant movedAt() {
        return movedAt;
    }

    public Optional<Cart> cart() {
        if (cart == null) {
            return Optional.empty();
        }
        try (JsonReader reader = CachedJson.createReader(new StringReader(cart))) {
            return Optional.of(Cart.fromJson(reader.readObject()));
        }
    }

    public Instant cartAt() {
        return cartAt;
    }

    private Page page() {
        return new Page(pageUrl, pageTitle);
    }
}
