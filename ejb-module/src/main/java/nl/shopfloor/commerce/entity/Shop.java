package nl.shopfloor.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.Secrets;

@Entity
@Table(name = "shop")
@NamedQuery(name = Shop.findAll, query = "select s from Shop s order by s.id")
public class Shop {

    public static final String findAll = "Shop.findAll";
    /** In {@link #allowedOrigins}: the Shopfloor server's own origin (its demo pages). */
    public static final String SELF = "self";

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "default_language", nullable = false, length = 5)
    private String defaultLanguage;

    /** Space-separated origins (scheme://host[:port]) whose pages may embed the widget. */
    @Column(name = "allowed_origins", nullable = false, length = 2000)
    private String allowedOrigins;

    /** Space-separated question-type keys, in the order the widget offers them. */
    @Column(nullable = false, length = 500)
    private String topics;

    /** The most concurrent chats the shop wants; null: as many as the online agents have room for. */
    @Column(name = "chat_cap")
    private Integer chatCap;

    /** How long the last agent who served a visitor stays "their" agent. */
    @Column(name = "own_agent_days", nullable = false)
    private int ownAgentDays = 30;

    @Column(name = "apology_after_s", nullable = false)
    private int apologyAfterSeconds = 20;

    @Column(name = "reroute_after_s", nullable = false)
    private int rerouteAfterSeconds = 45;

    @Column(name = "abandon_after_s", nullable = false)
    private int abandonAfterSeconds = 180;

    /** The zone of the shop's rosters and business hours. */
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone = "Europe/Amsterdam";

    /** How long after a chat started an order of the same visitor or customer is credited to it (1 to 30 days). */
    @Column(name = "attribution_days", nullable = false)
    private int attributionDays = 7;

    @Column(name = "lifecycle_new_days", nullable = false)
    private int lifecycleNewDays = LifecycleThresholds.DEFAULT.newWithinDays();

    @Column(name = "lifecycle_at_risk_days", nullable = false)
    private int lifecycleAtRiskDays = LifecycleThresholds.DEFAULT.atRiskAfterDays();

    @Column(name = "lifecycle_lost_days", nullable = false)
    private int lifecycleLostDays = LifecycleThresholds.DEFAULT.lostAfterDays();

    /** The key the shop signs identify claims with (HMAC-SHA256): 256 random bits, base64url. */
    @Column(name = "identify_secret", length = 64)
    private String identifySecret;

    /** Where offline messages go when their question type has no mailbox of its own. */
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    protected Shop() {
    }

    public Shop(String id, String name, String defaultLanguage, String allowedOrigins, String topics) {
        this.id = id;
        this.name = name;
        this.defaultLanguage = defaultLanguage;
        this.allowedOrigins = allowedOrigins;
        this.topics = topics;
        this.identifySecret = Secrets.random();
    }

    public Duration attributionWindow() {
        return Duration.ofDays(attributionDays);
    }

    public void changeAttributionDays(int days) {
        if (days < 1 || days > 30) {
            throw new IllegalArgumentException("The attribution window is 1 to 30 days");
        }
        this.attributionDays = days;
    }

    public LifecycleThresholds lifecycleThresholds() {
        return new LifecycleThresholds(lifecycleNewDays, lifecycleAtRiskDays, lifecycleLostDays);
    }

    public void changeLifecycleThresholds(LifecycleThresholds thresholds) {
        this.lifecycleNewDays = thresholds.newWithinDays();
        this.lifecycleAtRiskDays = thresholds.atRiskAfterDays();
        this.lifecycleLostDays = thresholds.lostAfterDays();
    }

    public String identifySecret() {
        return identifySecret;
    }

    /** A new secret; claims signed with the old one are refused from now on. */
    public String rotateIdentifySecret() {
        identifySecret = Secrets.random();
        return identifySecret;
    }

    public boolean allowsOrigin(String origin, String ownOrigin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String normalized = normalize(origin);
        return Arrays.stream(allowedOrigins.trim().split("\\s+"))
                .anyMatch(allowed -> normalized.equals(normalize(SELF.equals(allowed) ? ownOrigin : allowed)));
    }

    public static boolean sameOrigin(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    static String normalize(String origin) {
        if (origin == null) {
            return "";
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin.trim().toLowerCase(Locale.ROOT);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return origin.trim().toLowerCase(Locale.ROOT);
        }
    }

    public List<String> topicKeys() {
        return Arrays.asList(topics.trim().split("\\s+"));
    }

    public boolean hasTopic(String key) {
        return topicKeys().contains(key);
    }

    public String language(String requested) {
        return "nl".equals(requested) || "en".equals(requested) ? requested : defaultLanguage;
    }

    public Integer chatCap() {
        return chatCap;
    }

    public void changeChatCap(Integer cap) {
        if (cap != null && (cap < 0 || cap > 10_000)) {
            throw new IllegalArgumentException("The chat cap is 0 to 10000, or none");
        }
        this.chatCap = cap;
    }

    /** How long a shopper may wait for a first answer before each step: apology, re-routing, the contact form. */
    public ResponseTimes responseTimes() {
        return new ResponseTimes(Duration.ofSeconds(apologyAfterSeconds), Duration.ofSeconds(rerouteAfterSeconds),
                Duration.ofSeconds(abandonAfterSeconds));
    }

    public void changeResponseTimes(ResponseTimes times) {
        this.apologyAfterSeconds = (int) times.apologyAfter().toSeconds();
        this.rerouteAfterSeconds = (int) times.rerouteAfter().toSeconds();
        this.abandonAfterSeconds = (int) times.abandonAfter().toSeconds();
    }

    public String contactEmail() {
        return contactEmail;
    }

    public void changeContactEmail(String email) {
        this.contactEmail = email;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int ownAgentDays() {
        return ownAgentDays;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
