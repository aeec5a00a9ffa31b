package nl.shopfloor.capacity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.shopfloor.commerce.entity.Shop;

/** The cap a supervisor sets: stored with the shop, and in force at once. */
@Stateless
public class CapacityLimits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Capacity capacity;

    public void change(String shopId, Integer cap) {
        em.find(Shop.class, shopId).changeChatCap(cap);
        em.flush();
        capacity.changeCap(shopId, cap);
    }
}
