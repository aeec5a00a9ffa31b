package nl.shopfloor.offline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the whole shop is closed for chat, e.g. Christmas. */
@Entity
@Table(name = "holiday")
@NamedQuery(name = Holiday.findByShop, query = "select h from Holiday h where h.shopId = :shop order by h.day")
public class Holiday {

    public static final String findByShop = "Holiday.findByShop";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 80)
    private String name;

    protected Holiday() {
    }

    public Holiday(String id, String shopId, LocalDate day, String name) {
        if (day == null || name == null || name.isBlank() || name.strip().length() > 80) {
            throw new IllegalArgumentException("A holiday has a day and a name of 1 to 80 characters");
        }
        this.id = id;
        this.shopId = shopId;
        this.day = day;
        this.name = name.strip();
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }
}
