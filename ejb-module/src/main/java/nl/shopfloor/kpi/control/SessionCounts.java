package nl.shopfloor.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.kpi.entity.WebSessionDay;
import nl.shopfloor.kpi.entity.WebSessionDay.Source;

/** A shop's web sessions per day: the widget's counts added up, the shop's own counts replaced (K5). */
@Stateless
public class SessionCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds to today's widget count, today in the shop's time zone. */
    public void addWidgetSessions(String shopId, long count) {
        LocalDate today = LocalDate.now(clock.withZone(em.find(Shop.class, shopId).zone()));
        int updated = em.createNamedQuery(WebSessionDay.add).setParameter("count", count).setParameter("shop", shopId)
                .setParameter("day", today).setParameter("source", Source.WIDGET).executeUpdate();
        if (updated == 0) {
            em.persist(new WebSessionDay(shopId, today, Source.WIDGET, count));
            em.flush();
        }
    }

    /**
     * The shop's own count of a day (pages without the widget); sending it again replaces it. The day is checked in
     * the shop's time zone: just after midnight in Amsterdam the server's UTC date is still yesterday.
     */
    public void putShopSessions(String shopId, LocalDate day, long count) {
        if (!countable(day, LocalDate.now(clock.withZone(em.find(Shop.class, shopId).zone())))) {
            throw new SessionDayRefused("The day must lie within the last three years, not in the future");
        }
        WebSessionDay existing = em.find(WebSessionDay.class, new WebSessionDay.Key(shopId, day, Source.SHOP));
        if (existing != null) {
            existing.replace(count);
        } else {
            em.persist(new WebSessionDay(shopId, day, Source.SHOP, count));
            em.flush();
        }
    }

    /** Tomorrow is allowed: a shop may post a day it closes in an earlier time zone than its own. */
    static boolean countable(LocalDate day, LocalDate today) {
        return !day.isAfter(today.plusDays(1)) && !day.isBefore(today.minusYears(3));
    }

    public List<WebSessionDay> inPeriod(String shopId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(WebSessionDay.inPeriod, WebSessionDay.class).setParameter("shop", shopId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
