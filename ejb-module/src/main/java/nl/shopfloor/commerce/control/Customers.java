package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.commerce.entity.Customer;
import nl.shopfloor.commerce.entity.CustomerData;

/** The customers a shop pushes, by the shop's own ids (commerce M2). */
@Stateless
public class Customers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Upserted upsert(String shopId, CustomerData data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Customer> existing = find(shopId, data.ref());
        if (existing.isPresent()) {
            existing.get().change(data, now);
            return Upserted.UPDATED;
        }
        em.persist(new Customer(Ids.random(), shopId, data, now));
        em.flush(); // a concurrent create of the same ref fails here, inside the call, where the caller can tell it apart
        return Upserted.CREATED;
    }

    public Optional<Customer> find(String shopId, String ref) {
        return em.createNamedQuery(Customer.findByRef, Customer.class).setParameter("shop", shopId).setParameter("ref", ref)
                .getResultStream().findFirst();
    }
}
