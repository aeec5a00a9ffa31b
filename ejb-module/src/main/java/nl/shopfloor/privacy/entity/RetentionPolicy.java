package nl.shopfloor.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How long a shop keeps personal data (P4), see {@link RetentionPeriods}; a shop without a row keeps everything.
 */
@Entity
@Table(name = "retention_policy")
@NamedQuery(name = RetentionPolicy.findActive, query = "select p from RetentionPolicy p"
        + " where p.anonymiseAfterMonths is not null or p.deleteContactsAfterMonths is not null order by p.shopId")
public class RetentionPolicy {

    public static final String findActive = "RetentionPolicy.findActive";

    @Id
    @Column(name = "shop_id", length = 40)
    private String shopId;

    @Column(name = "anonymise_after_months")
    private Integer anonymiseAfterMonths;

    @Column(name = "delete_contacts_after_months")
    private Integer deleteContactsAfterMonths;

    protected RetentionPolicy() {
    }

    /** Everything kept until it is erased by hand: the default. */
    public RetentionPolicy(String shopId) {
        this.shopId = shopId;
    }

    public void change(RetentionPeriods periods) {
        this.anonymiseAfterMonths = periods.anonymiseAfterMonths();
        this.deleteContactsAfterMonths = periods.deleteContactsAfterMonths();
    }

    public RetentionPeriods periods() {
        return new RetentionPeriods(anonymiseAfterMonths, deleteContactsAfterMonths);
    }

    /** Chats that started before this moment are anonymised; empty when the rule is off. */
    public Optional<Instant> anonymiseBefore(Instant now, ZoneId zone) {
        return Optional.ofNullable(anonymiseAfterMonths).map(months -> cutoff(months, now, zone));
    }

    /** Contact messages that came before this moment are deleted; empty when the rule is off. */
    public Optional<Instant> deleteContactsBefore(Instant now, ZoneId zone) {
        return Optional.ofNullable(deleteContactsAfterMonths).map(months -> cutoff(months, now, zone));
    }

    /**
     * The start of the shop's day {@code months} ago: whole days in the shop's time zone, so a night's run takes
     * exactly one more day, and what the shop calls "1 November" goes on 2 December with one month.
     */
    static Instant cutoff(int months, Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().minusMonths(months).atStartOfDay(zone).toInstant();
    }

    public String shopId() {
        return shopId;
    }
}
