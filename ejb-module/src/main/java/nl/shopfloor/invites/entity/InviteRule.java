package nl.shopfloor.invites.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a shop invites a shopper to chat, and with what (invites I2–I5). The conditions are kept as the JSON the
 * admin or the API wrote ({@code docs/invites.md}); {@code RuleCompiler} turns them into a predicate once.
 * The change methods return the rule so that a rule reads as one statement where it is made.
 */
@Entity
@Table(name = "invite_rule")
@NamedQuery(name = InviteRule.findByShop, query = "select r from InviteRule r where r.shopId = :shop order by r.priority desc, r.name")
@NamedQuery(name = InviteRule.findByRef, query = "select r from InviteRule r where r.shopId = :shop and r.ref = :ref")
@NamedQuery(name = InviteRule.findEnabled,
        query = "select r from InviteRule r where r.shopId = :shop and r.enabled = true order by r.priority desc, r.name")
public class InviteRule {

    public static final String findByShop = "InviteRule.findByShop";
    public static final String findEnabled = "InviteRule.findEnabled";
    public static final String findByRef = "InviteRule.findByRef";
    public static final int MAX_REF = 64;
    public static final int MAX_NAME = 80;
    public static final int MAX_CONDITIONS = 20_000;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    /** the shop's own name for the rule, unique in the shop, by which the shop API knows it (invites I9) */
    @Column(nullable = false, length = MAX_REF)
    private String ref;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int priority;

    @Lob
    @Column(name = "conditions_json", nullable = false)
    private String conditions = "{\"all\":[]}";

    @Column(name = "delay_seconds", nullable = false)
    private int delaySeconds;

    @Column(name = "display_seconds", nullable = false)
    private int displaySeconds = 20;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Presenter presenter = Presenter.ROUTED;

    /** the agent's username or the team's id; null for {@link Presenter#ROUTED} */
    @Column(name = "presenter_ref", length = 40)
    private String presenterRef;

    @Column(name = "cap_per_session")
    private Integer capPerSession;

    @Column(name = "cap_per_day")
    private Integer capPerDay;

    @Column(name = "days_after_dismiss")
    private Integer daysAfterDismiss;

    @Column(name = "min_gap_seconds")
    private Integer minGapSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "split_mode", nullable = false, length = 20)
    private SplitMode splitMode = SplitMode.FIXED;

    /** percent of the matching visitors held back as the control group */
    @Column(name = "control_share", nullable = false)
    private int controlShare;

    /** percent of the invited visitors each variant keeps in an adaptive split */
    @Column(name = "min_share", nullable = false)
    private int minShare;

    /** what the A/B results judge the rule on and the adaptive split draws on (I11) */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Optimise optimise = Optimise.CONVERSION;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invite_variant", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderColumn(name = "variant_no")
    private List<InviteVariant> variants = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InviteRule() {
    }

    /** A new rule, disabled and without a name until {@link #describe}d; the shop knows it by its id until {@link #knownAs}. */
    public InviteRule(String id, String shopId, Instant now) {
        this.id = id;
        this.ref = id;
        this.shopId = shopId;
        this.updatedAt = now;
    }

    public InviteRule knownAs(String shopRef) {
        ref = shopRef;
        return this;
    }

    public InviteRule describe(String newName, boolean enable, int newPriority) {
        name = newName;
        enabled = enable;
        priority = newPriority;
        return this;
    }

    /** Show the invite once {@code conditionsJson} held for {@code delay}, for {@code display}. */
    public InviteRule when(String conditionsJson, Duration delay, Duration display) {
        conditions = conditionsJson;
        delaySeconds = (int) delay.toSeconds();
        displaySeconds = (int) display.toSeconds();
        return this;
    }

    public InviteRule presentedBy(Presenter who, String ref) {
        presenter = who;
        presenterRef = who == Presenter.ROUTED ? null : ref;
        return this;
    }

    public InviteRule capped(FrequencyCaps caps) {
        capPerSession = caps.perSession();
        capPerDay = caps.perDay();
        daysAfterDismiss = caps.daysAfterDismiss();
        minGapSeconds = caps.minGap() == null ? null : (int) caps.minGap().toSeconds();
        return this;
    }

    public InviteRule split(SplitMode mode, int newControlShare, int newMinShare, List<InviteVariant> newVariants) {
        splitMode = mode;
        controlShare = newControlShare;
        minShare = newMinShare;
        variants.clear();
        variants.addAll(newVariants);
        return this;
    }

    public void touched(Instant now) {
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String ref() {
        return ref;
    }

    public String name() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int priority() {
        return priority;
    }

    public String conditions() {
        return conditions;
    }

    public Duration delay() {
        return Duration.ofSeconds(delaySeconds);
    }

    public Duration display() {
        return Duration.ofSeconds(displaySeconds);
    }

    public Presenter presenter() {
        return presenter;
    }

    public String presenterRef() {
        return presenterRef;
    }

    public FrequencyCaps caps() {
        return new FrequencyCaps(capPerSession, capPerDay, daysAfterDismiss, minGapSeconds == null ? null : Duration.ofSeconds(minGapSeconds));
    }

    public InviteRule optimiseOn(Optimise metric) {
        optimise = metric;
        return this;
    }

    public Optimise optimise() {
        return optimise;
    }

    public SplitMode splitMode() {
        return splitMode;
    }

    public int controlShare() {
        return controlShare;
    }

    public int minShare() {
        return minShare;
    }

    public List<InviteVariant> variants() {
        return List.copyOf(variants);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
