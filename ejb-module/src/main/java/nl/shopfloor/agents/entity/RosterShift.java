package nl.shopfloor.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import nl.shopfloor.ClockTimes;

/**
 * One weekly block of an agent's roster, in the shop's local time: every {@link #day()} from the start minute
 * up to (not including) the end minute, the agent works on {@link #channel()}.
 */
@Entity
@Table(name = "roster_shift")
@NamedQuery(name = RosterShift.findByShop, query = "select s from RosterShift s where s.shopId = :shop"
        + " order by s.agentUsername, s.dayOfWeek, s.startMinute")
public class RosterShift {

    public static final String findByShop = "RosterShift.findByShop";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "agent_username", nullable = false, length = 40)
    private String agentUsername;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    private int startMinute;

    /** Exclusive; 1440 is midnight at the end of the day. */
    @Column(name = "end_minute", nullable = false)
    private int endMinute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkChannel channel;

    protected RosterShift() {
    }

    public RosterShift(String id, String shopId, String agentUsername, DayOfWeek day, int startMinute, int endMinute,
                       WorkChannel channel) {
        if (day == null || channel == null) {
            throw new IllegalArgumentException("A shift needs a day and a channel");
        }
        if (startMinute < 0 || endMinute > ClockTimes.MINUTES_PER_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("A shift starts before it ends, within one day");
        }
        this.id = id;
        this.shopId = shopId;
        this.agentUsername = agentUsername;
        this.dayOfWeek = day.getValue();
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.channel = channel;
    }

    public boolean covers(DayOfWeek day, int minuteOfDay) {
        return dayOfWeek == day.getValue() && startMinute <= minuteOfDay && minuteOfDay < endMinute;
    }

    public boolean overlaps(RosterShift other) {
        return agentUsername.equals(other.agentUsername) && dayOfWeek == other.dayOfWeek
                && startMinute < other.endMinute && other.startMinute < endMinute;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String agentUsername() {
        return agentUsername;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    /** "HH:mm". */
    public String fromText() {
        return ClockTimes.text(startMinute);
    }

    /** "HH:mm"; "24:00" for a shift that lasts until midnight. */
    public String toText() {
        return ClockTimes.text(endMinute);
    }

    public WorkChannel channel() {
        return channel;
    }
}
