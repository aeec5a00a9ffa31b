package nl.shopfloor.agents.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.shopfloor.Ids;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@Entity
@Table(name = "agent")
@NamedQuery(name = Agent.findByUsername, query = "select a from Agent a where a.username = :username")
@NamedQuery(name = Agent.findByPublicId, query = "select a from Agent a where a.publicId = :publicId")
// One statement for the whole team: without the fetch joins each agent's team and skills were a query of their own,
// some 130 statements for every routing decision, hello and availability computation of a 63-agent shop.
@NamedQuery(name = Agent.findByShop, query = "select distinct a from Agent a left join fetch a.team left join fetch a.skills"
        + " where a.shopId = :shop order by a.displayName")
public class Agent {

    public static final String findByUsername = "Agent.findByUsername";
    public static final String findByShop = "Agent.findByShop";
    public static final String findByPublicId = "Agent.findByPublicId";
    /** For new accounts; it is also the login name, so it stays plain. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");

    @Id
    @Column(length = 40)
    private String username;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    /** What shoppers see and send instead of the login name: random, fixed for the account's life. */
    @Column(name = "public_id", nullable = false, length = 40, unique = true)
    private String publicId;

    /** PBKDF2 hash in the format of Jakarta Security's Pbkdf2PasswordHash. */
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "role_text", length = 120)
    private String roleText;

    @Column(name = "photo_url", length = 500)
    private String photoUrl;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    /** What the agent chose; only counts while a dashboard of theirs is connected. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgentStatus status;

    @Column(name = "max_chats", nullable = false)
    private int maxChats;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    /** Where messages left for this person go; without one they go to the team mailbox. */
    @Column(length = 254)
    private String email;

    /** The key of the roster step last applied to {@link #status}; see {@link #follow(RosterStep)}. */
    @Column(name = "roster_step", length = 100)
    private String rosterStep;

    /** The dashboard's language this agent chose; null: their browser's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "dashboard_language", length = 2)
    private DashboardLanguage language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_username"))
    private Set<Skill> skills = new HashSet<>();

    protected Agent() {
    }

    public Agent(String username, String shopId, String passwordHash, Role role, String displayName,
                 String roleText, String photoUrl, Team team) {
        this.username = username;
        this.shopId = shopId;
        this.publicId = Ids.random();
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.roleText = roleText;
        this.photoUrl = photoUrl;
        this.team = team;
        this.status = AgentStatus.OFFLINE;
        this.maxChats = 3;
    }

    public boolean has(SkillKind kind, String value) {
        return value != null && skills.contains(new Skill(kind, value));
    }

    /** Whether a brand this agent knows appears in the (lower-case) text of the shopper's page. */
    public boolean knowsBrandIn(String pageText) {
        return skills.stream().anyMatch(skill -> skill.kind() == SkillKind.BRAND && pageText.contains(skill.value()));
    }

    public boolean hasAny(SkillKind kind) {
        return skills.stream().anyMatch(skill -> skill.kind() == kind);
    }

    public Set<Skill> skills() {
        return Set.copyOf(skills);
    }

    public void learn(Skill skill) {
        skills.add(skill);
    }

    /** Replaces the skills of one kind; the others stay. */
    public void replaceSkills(SkillKind kind, Collection<Skill> wanted) {
        if (wanted.stream().anyMatch(skill -> skill.kind() != kind)) {
            throw new IllegalArgumentException("Only " + kind + " skills replace " + kind + " skills");
        }
        // Unchanged skills stay in the set, so their rows are neither deleted nor inserted again.
        skills.removeIf(skill -> skill.kind() == kind && !wanted.contains(skill));
        skills.addAll(wanted);
    }

    public void rename(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 80) {
            throw new IllegalArgumentException("A display name is 1 to 80 characters");
        }
        this.displayName = displayName.strip();
    }

    /** The line shoppers see under the name, e.g. "Apple specialist"; blank removes it. */
    public void describe(String roleText) {
        if (roleText != null && roleText.strip().length() > 120) {
            throw new IllegalArgumentException("A role text is at most 120 characters");
        }
        this.roleText = roleText == null || roleText.isBlank() ? null : roleText.strip();
    }

    /** The URL of the photo shoppers and colleagues see; {@code null} shows the initials instead. */
    public void showPhoto(String photoUrl) {
        this.photoUrl = photoUrl;
    }

    /** {@code null} leaves every team. */
    public void joinTeam(Team team) {
        if (team != null && !team.shopId().equals(shopId)) {
            throw new IllegalArgumentException("A team of another shop");
        }
        this.team = team;
    }

    public void changeMaxChats(int maxChats) {
        if (maxChats < 1 || maxChats > 20) {
            throw new IllegalArgumentException("An agent takes 1 to 20 chats at a time");
        }
        this.maxChats = maxChats;
    }

    public boolean takesChats() {
        return role != Role.ADMIN;
    }

    public void changeStatus(AgentStatus status) {
        this.status = status;
    }

    /**
     * Moves the agent's status to where their roster now stands, once per step: a shift sets its channel's
     * status, the end of a shift sets away. What the agent chooses in between holds until the next step.
     * An agent who was never inside a shift keeps their own status.
     *
     * @return whether the status was set
     */
    public boolean follow(RosterStep step) {
        if (step.key().equals(rosterStep)) {
            return false;
        }
        boolean leavesShift = RosterStep.isShiftKey(rosterStep);
        rosterStep = step.key();
        if (step.isOff() && !leavesShift) {
            return false;
        }
        status = step.isOff() ? AgentStatus.AWAY : step.channel().presence();
        return true;
    }

    public void assigned(Instant at) {
        this.lastAssignedAt = at;
    }

    public String username() {
        return username;
    }

    public String publicId() {
        return publicId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String shopId() {
        return shopId;
    }

    public Role role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    public String roleText() {
        return roleText;
    }

    public String photoUrl() {
        return photoUrl;
    }

    public Team team() {
        return team;
    }

    public AgentStatus status() {
        return status;
    }

    public int maxChats() {
        return maxChats;
    }

    public String email() {
        return email;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    public Instant lastAssignedAt() {
        return lastAssignedAt;
    }

    /** Empty while the agent follows their browser's language. */
    public Optional<DashboardLanguage> language() {
        return Optional.ofNullable(language);
    }

    public void chooseLanguage(DashboardLanguage language) {
        this.language = language;
    }
}
