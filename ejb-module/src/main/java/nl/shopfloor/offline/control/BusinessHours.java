package nl.shopfloor.offline.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.offline.entity.Holiday;
import nl.shopfloor.offline.entity.OpeningHours;
import nl.shopfloor.offline.entity.OpeningPeriod;

/**
 * Whether a shop, or one agent's team, is open for chat now, and when it opens again. Routing asks on every
 * decision, so each shop's hours are kept in memory and read again only after a change here. A change, and
 * every opening and closing ({@link OpeningWatch}), tells the shop's widgets at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BusinessHours {

    /** One team's week as a supervisor sets it. */
    public record Period(DayOfWeek day, int openMinute, int closeMinute) {
    }

    /** Changes made here refresh at once; teams created elsewhere are picked up within a minute. */
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private record ShopHours(OpeningHours hours, ZoneId zone, Instant loadedAt) {
    }

    private final Map<String, ShopHours> cache = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Availabilities availabilities;

    /** The shop's hours at this moment, for checking many of its agents with one call. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HoursNow now(String shopId) {
        return new HoursNow(hours(shopId), localNow(shopId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isShopOpen(String shopId) {
        return hours(shopId).isOpen(localNow(shopId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LocalDateTime> nextOpening(String shopId) {
        return hours(shopId).nextOpening(localNow(shopId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDateTime localNow(String shopId) {
        return LocalDateTime.now(clock.withZone(shopHours(shopId).zone()));
    }

    public List<OpeningPeriod> periods(String shopId) {
        return em.createNamedQuery(OpeningPeriod.findByShop, OpeningPeriod.class).setParameter("shop", shopId).getResultList();
    }

    public List<Holiday> holidays(String shopId) {
        return em.createNamedQuery(Holiday.findByShop, Holiday.class).setParameter("shop", shopId).getResultList();
    }

    /** Replaces one team's week; no periods: the team has no hours and is always open. */
    public void replaceWeek(String shopId, String teamId, List<Period> week) {
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        if (team == null || !team.shopId().equals(shopId)) {
            throw new OfflineRefused("No such team in this shop");
        }
        List<OpeningPeriod> periods;
        try {
            periods = week.stream().map(p -> new OpeningPeriod(Ids.random(), shopId, teamId, p.day(), p.openMinute(), p.closeMinute())).toList();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OfflineRefused("A period opens before it closes, within one day");
        }
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                if (periods.get(i).overlaps(periods.get(j))) {
                    throw new OfflineRefused("Periods of one team overlap on " + periods.get(i).day());
                }
            }
        }
        periods(shopId).stream().filter(p -> p.teamId().equals(teamId)).forEach(em::remove);
        periods.forEach(em::persist);
        changed(shopId);
    }

    public Holiday addHoliday(String shopId, LocalDate day, String name) {
        if (holidays(shopId).stream().anyMatch(holiday -> holiday.day().equals(day))) {
            throw new OfflineRefused("There is a holiday on " + day + " already");
        }
        Holiday holiday;
        try {
            holiday = new Holiday(Ids.random(), shopId, day, name);
        } catch (IllegalArgumentException e) {
            throw new OfflineRefused(e.getMessage());
        }
        em.persist(holiday);
        changed(shopId);
        return holiday;
    }

    public void removeHoliday(String shopId, String holidayId) {
        Holiday holiday = holidayId == null ? null : em.find(Holiday.class, holidayId);
        if (holiday == null || !holiday.shopId().equals(shopId)) {
            throw new OfflineRefused("No such holiday in this shop");
        }
        em.remove(holiday);
        changed(shopId);
    }

    private void changed(String shopId) {
        em.flush();
        changes.incrementAndGet();
        cache.remove(shopId);
        availabilities.changed(shopId);
    }

    private OpeningHours hours(String shopId) {
        return shopHours(shopId).hours();
    }

    /**
     * Read outside any lock of the cache: a query under {@code computeIfAbsent} held the map's bin lock while it
     * waited for a pooled connection, and every transaction that asked for hours then waited with its own
     * connection held — the pool ran dry and the server stood still. Two threads may load the same shop at once;
     * a load that overlapped a change is used once but not kept.
     */
    private ShopHours shopHours(String shopId) {
        ShopHours cached = cache.get(shopId);
        if (cached != null && cached.loadedAt().plus(REFRESH).isAfter(clock.instant())) {
            return cached;
        }
        long generationBefore = changes.get();
        ShopHours loaded = new ShopHours(new OpeningHours(
                em.createNamedQuery(Team.findByShop, Team.class).setParameter("shop", shopId).getResultStream()
                        .map(Team::id).collect(Collectors.toSet()),
                periods(shopId),
                holidays(shopId).stream().map(Holiday::day).collect(Collectors.toSet())),
                em.find(Shop.class, shopId).zone(), clock.instant());
        if (changes.get() == generationBefore) {
            cache.put(shopId, loaded); // else a change committed meanwhile: the next call reads again
        }
        return loaded;
    }
}
