package nl.shopfloor.offline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import nl.shopfloor.ClockTimes;

/** When one team is open on one day of the week, in the shop's local time; close is exclusive, 1440 is midnight. */
@Entity
@Table(name = "opening_period")
@NamedQuery(name = OpeningPeriod.findByShop, query = "select p from OpeningPeriod p where p.shopId = :shop"
        + " order by p.teamId, p.dayOfWeek, p.openMinute")
public class OpeningPeriod {

    public static final String findByShop = "OpeningPeriod.findByShop";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "team_id", nullable = false, length = 40)
    private String teamId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "open_minute", nullable = false)
    private int openMinute;

    @Column(name = "close_minute", nullable = false)
    private int closeMinute;

    protected OpeningPeriod() {
    }

    public OpeningPeriod(String id, String shopId, String teamId, DayOfWeek day, int openMinute, int closeMinute) {
        if (day == null || openMinute < 0 || closeMinute > ClockTimes.MINUTES_PER_DAY || openMinute >= closeMinute) {
            throw new IllegalArgumentException("A period opens before it closes, within one day");
        }
        this.id = id;
        this.shopId = shopId;
        this.teamId = teamId;
        this.dayOfWeek = day.getValue();
        this.openMinute = openMinute;
        this.closeMinute = closeMinute;
    }

    public boolean covers(DayOfWeek day, int minuteOfDay) {
        return dayOfWeek == day.getValue() && openMinute <= minuteOfDay && minuteOfDay < closeMinute;
    }

    public boolean overlaps(OpeningPeriod other) {
        return teamId.equals(other.teamId) && dayOfWeek == other.dayOfWeek && openMinute < other.closeMinute && other.openMinute < closeMinute;
    }

    public String id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public int openMinute() {
        return openMinute;
    }

    public int closeMinute() {
        return closeMinute;
    }
}
