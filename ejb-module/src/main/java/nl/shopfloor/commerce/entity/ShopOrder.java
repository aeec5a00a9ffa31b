package nl.shopfloor.commerce.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order placed in the shop, under the shop's own id ({@code ref}). */
@Entity
@Table(name = "shop_order")
@NamedQuery(name = ShopOrder.findByRef, query = "select o from ShopOrder o where o.shopId = :shop and o.ref = :ref")
@NamedQuery(name = ShopOrder.findByRefs, query = "select o from ShopOrder o where o.shopId = :shop and o.ref in :refs")
@NamedQuery(name = ShopOrder.findPlacedSince, query = "select o from ShopOrder o where o.shopId = :shop and o.placedAt >= :since")
// A buyer is a customer with their visitors (devices), or a visitor alone: two queries, since "customer_ref = null"
// may be read as "is null" and match every anonymous order.
@NamedQuery(name = ShopOrder.findIdsOfCustomer, query = "select o.id from ShopOrder o where o.shopId = :shop"
        + " and (o.customerRef = :customer or o.visitorId in :visitors) order by o.placedAt desc")
@NamedQuery(name = ShopOrder.findIdsOfVisitor, query = "select o.id from ShopOrder o where o.shopId = :shop"
        + " and o.visitorId = :visitor order by o.placedAt desc")
@NamedQuery(name = ShopOrder.totalsOfCustomer, query = "select count(o), sum(o.totalExclVat),"
        + " min(o.placedAt), max(o.placedAt) from ShopOrder o where o.shopId = :shop"
        + " and (o.customerRef = :customer or o.visitorId in :visitors) and o.status in :revenue")
@NamedQuery(name = ShopOrder.totalsOfVisitor, query = "select count(o), sum(o.totalExclVat),"
        + " min(o.placedAt), max(o.placedAt) from ShopOrder o where o.shopId = :shop"
        + " and o.visitorId = :visitor and o.status in :revenue")
// Lines are an element collection: fetched with their orders in one query, not one query per order.
@NamedQuery(name = ShopOrder.findWithLines, query = "select distinct o from ShopOrder o left join fetch o.lines where o.id in :ids")
@NamedQuery(name = ShopOrder.averageSince, query = "select avg(o.totalExclVat) from ShopOrder o where o.shopId = :shop"
        + " and o.placedAt >= :since and o.status in :revenue")
public class ShopOrder {

    public static final String findByRef = "ShopOrder.findByRef";
    public static final String findByRefs = "ShopOrder.findByRefs";
    public static final String findPlacedSince = "ShopOrder.findPlacedSince";
    public static final String findIdsOfCustomer = "ShopOrder.findIdsOfCustomer";
    public static final String findIdsOfVisitor = "ShopOrder.findIdsOfVisitor";
    public static final String totalsOfCustomer = "ShopOrder.totalsOfCustomer";
    public static final String totalsOfVisitor = "ShopOrder.totalsOfVisitor";
    public static final String findWithLines = "ShopOrder.findWithLines";
    public static final String averageSince = "ShopOrder.averageSince";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "order_ref", nullable = false, length = 64)
    private String ref;

    @Column(name = "customer_ref", length = 64)
    private String customerRef;

    @Column(name = "visitor_id", length = 40)
    private String visitorId;

    @Column(name = "total_excl_vat", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalExclVat;

    @Column(name = "total_incl_vat", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalInclVat;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrderStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The chat this order is credited to, if any (kpi K6); set when the order is stored. */
    @Column(name = "credited_conversation_id", length = 40)
    private String creditedConversationId;

    @Column(name = "credited_agent", length = 40)
    private String creditedAgent;

    @Column(name = "credited_during")
    private Boolean creditedDuring;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    protected ShopOrder() {
    }

    public ShopOrder(String id, String shopId, OrderData data, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.ref = data.ref();
        change(data, now);
    }

    /** Replaces everything the shop sent before, lines included: an upsert is the whole order. */
    public void change(OrderData data, Instant now) {
        this.customerRef = data.customerRef();
        this.visitorId = data.visitorId();
        this.totalExclVat = data.totalExclVat();
        this.totalInclVat = data.totalInclVat();
        this.currency = data.currency();
        this.placedAt = data.placedAt();
        this.status = data.status();
        this.lines.clear();
        this.lines.addAll(data.lines());
        this.updatedAt = now;
    }

    public OrderData data() {
        return new OrderData(ref, customerRef, visitorId, totalExclVat, totalInclVat, currency, placedAt, status, List.copyOf(lines));
    }

    public void credit(String conversationId, String agent, boolean during) {
        this.creditedConversationId = conversationId;
        this.creditedAgent = agent;
        this.creditedDuring = during;
    }

    public void uncredit() {
        credit(null, null, false);
        this.creditedDuring = null;
    }

    public String creditedConversationId() {
        return creditedConversationId;
    }

    public String creditedAgent() {
        return creditedAgent;
    }

    public String visitorId() {
        return visitorId;
    }

    public String customerRef() {
        return customerRef;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public BigDecimal totalExclVat() {
        return totalExclVat;
    }

    public boolean countsAsRevenue() {
        return status.countsAsRevenue();
    }

    public String shopId() {
        return shopId;
    }

    public String ref() {
        return ref;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
