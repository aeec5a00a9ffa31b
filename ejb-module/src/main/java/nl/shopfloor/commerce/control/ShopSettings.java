package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.shopfloor.commerce.entity.LifecycleThresholds;
import nl.shopfloor.commerce.entity.ResponseTimes;
import nl.shopfloor.commerce.entity.Shop;

/** Settings a supervisor changes for their shop. */
@Stateless
public class ShopSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AttributionChanged> attributionChanged;

    public ResponseTimes responseTimes(String shopId) {
        return em.find(Shop.class, shopId).responseTimes();
    }

    public int attributionDays(String shopId) {
        return (int) em.find(Shop.class, shopId).attributionWindow().toDays();
    }

    public int changeAttributionDays(String shopId, int days) {
        em.find(Shop.class, shopId).changeAttributionDays(days);
        attributionChanged.fire(new AttributionChanged(shopId));
        return days;
    }

    public LifecycleThresholds lifecycleThresholds(String shopId) {
        return em.find(Shop.class, shopId).lifecycleThresholds();
    }

    public LifecycleThresholds changeLifecycleThresholds(String shopId, LifecycleThresholds thresholds) {
        em.find(Shop.class, shopId).changeLifecycleThresholds(thresholds);
        return thresholds;
    }

    public ResponseTimes changeResponseTimes(String shopId, ResponseTimes times) {
        em.find(Shop.class, shopId).changeResponseTimes(times);
        return times;
    }
}
