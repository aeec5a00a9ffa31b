package nl.shopfloor.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A shop's web sessions on one day (the shop's time zone), as counted by the widget or posted by the shop. */
@Entity
@Table(name = "web_sessions")
@IdClass(WebSessionDay.Key.class)
@NamedQuery(name = WebSessionDay.add, query = "update WebSessionDay w set w.sessions = w.sessions + :count"
        + " where w.shopId = :shop and w.day = :day and w.source = :source")
@NamedQuery(name = WebSessionDay.inPeriod, query = "select w from WebSessionDay w where w.shopId = :shop"
        + " and w.day >= :from and w.day <= :to order by w.day, w.source")
public class WebSessionDay {

    public static final String add = "WebSessionDay.add";
    public static final String inPeriod = "WebSessionDay.inPeriod";

    public enum Source { WIDGET, SHOP }

    public static class Key implements Serializable {
        String shopId;
        LocalDate day;
        Source source;

        public Key() {
        }

        public Key(String shopId, LocalDate day, Source source) {
            this.shopId = shopId;
            this.day = day;
            this.source = source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && shopId.equals(key.shopId) && day.equals(key.day) && source == key.source;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, day, source);
        }
    }

    @Id
    @Column(name = "shop_id", length = 40)
    private String shopId;

    @Id
    @Column(name = "session_day") // DAY is a keyword in H2
    private LocalDate day;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Source source;

    @Column(nullable = false)
    private long sessions;

    protected WebSessionDay() {
    }

    public WebSessionDay(String shopId, LocalDate day, Source source, long sessions) {
        this.shopId = shopId;
        this.day = day;
        this.source = source;
        this.sessions = sessions;
    }

    public void replace(long sessions) {
        this.sessions = sessions;
    }

    public LocalDate day() {
        return day;
    }

    public Source source() {
        return source;
    }

    public long sessions() {
        return sessions;
    }
}
