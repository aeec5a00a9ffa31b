package nl.shopfloor.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A browser that loaded the widget. Its id is an unguessable bearer token kept in the shop page's storage. */
@Entity
@Table(name = "visitor")
@NamedQuery(name = Visitor.findIdsOfCustomer, query = "select v.id from Visitor v where v.shopId = :shop and v.customerRef = :customer")
public class Visitor {

    public static final String findIdsOfCustomer = "Visitor.findIdsOfCustomer";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(length = 80)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 5)
    private String language;

    /** The agent this shopper chose on the team page, if any. */
    @Column(name = "own_agent_username", length = 40)
    private String ownAgent;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    /** The shop's own id of the customer this visitor logged in as (a signed identify claim), if any. */
    @Column(name = "customer_ref", length = 64)
    private String customerRef;

    /** When retention took the visitor's details out (privacy P4); null while they are in or came back since. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Visitor() {
    }

    public Visitor(String id, String shopId, String language, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.language = language;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    public void seen(String language, Instant now) {
        this.language = language;
        this.lastSeenAt = now;
    }

    public void introduce(String name, String email) {
        this.name = name;
        this.anonymisedAt = null;
        if (email != null) {
            this.email = email;
        }
    }

    public void choose(String agentUsername) {
        this.ownAgent = agentUsername;
    }

    public String chosenAgent() {
        return ownAgent;
    }

    public void identifyAs(String customerRef) {
        this.customerRef = customerRef;
        this.anonymisedAt = null;
    }

    public String customerRef() {
        return customerRef;
    }

    /**
     * Takes out who the visitor is — name, e-mail address, the link to the shop's customer — and keeps the id, so a
     * later order of the same browser is still credited to its chats (privacy P4).
     */
    public void anonymise(Instant now) {
        this.name = null;
        this.email = null;
        this.customerRef = null;
        this.anonymisedAt = now;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }

    public boolean belongsTo(String shopId) {
        return this.shopId.equals(shopId);
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }
}
