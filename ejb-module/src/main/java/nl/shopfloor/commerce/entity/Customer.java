package nl.shopfloor.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer as the shop knows them, under the shop's own id ({@code ref}). */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.findByRef, query = "select c from Customer c where c.shopId = :shop and c.ref = :ref")
public class Customer {

    public static final String findByRef = "Customer.findByRef";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "customer_ref", nullable = false, length = 64)
    private String ref;

    @Column(length = 254)
    private String email;

    @Column(length = 120)
    private String name;

    @Column(length = 120)
    private String company;

    @Column(length = 40)
    private String segment;

    /** As the shop gave it; null: computed from the shop's orders. */
    @Column(name = "lifetime_value", precision = 14, scale = 2)
    private BigDecimal lifetimeValue;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {
    }

    public Customer(String id, String shopId, CustomerData data, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.ref = data.ref();
        change(data, now);
    }

    /** Replaces everything the shop sent before: an upsert is the whole customer. */
    public void change(CustomerData data, Instant now) {
        this.email = data.email();
        this.name = data.name();
        this.company = data.company();
        this.segment = data.segment();
        this.lifetimeValue = data.lifetimeValue();
        this.updatedAt = now;
    }

    public CustomerData data() {
        return new CustomerData(ref, email, name, company, segment, lifetimeValue);
    }

    public String id() {
        return id;
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
