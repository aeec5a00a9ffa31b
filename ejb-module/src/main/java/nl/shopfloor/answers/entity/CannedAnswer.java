package nl.shopfloor.answers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Comparator;
import nl.shopfloor.agents.entity.Role;

/** A reply an agent inserts with {@code /shortcut}: the shop's (team-wide) or one agent's own (answers A1). */
@Entity
@Table(name = "canned_answer")
@NamedQuery(name = CannedAnswer.findVisible, query = "select a from CannedAnswer a where a.shopId = :shop"
        + " and (a.owner is null or a.owner = :agent)")
@NamedQuery(name = CannedAnswer.countInScope, query = "select count(a) from CannedAnswer a where a.shopId = :shop"
        + " and a.scopeKey = :scope and a.language = :language and a.shortcut = :shortcut and a.id <> :id")
@NamedQuery(name = CannedAnswer.countUse, query = "update CannedAnswer a set a.uses = a.uses + 1 where a.id = :id")
public class CannedAnswer {

    public static final String findVisible = "CannedAnswer.findVisible";
    public static final String countInScope = "CannedAnswer.countInScope";
    public static final String countUse = "CannedAnswer.countUse";
    /** The order of a list to manage: the shop's first, then by language and shortcut. */
    public static final Comparator<CannedAnswer> LISTED = Comparator.comparing((CannedAnswer a) -> !a.isTeamWide())
            .thenComparing(CannedAnswer::language).thenComparing(CannedAnswer::shortcut);

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    /** The agent whose own answer this is; null for the shop's. */
    @Column(name = "agent_username", length = 40)
    private String owner;

    @Column(name = "scope_key", nullable = false, length = 50)
    private String scopeKey;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = AnswerDraft.MAX_SHORTCUT)
    private String shortcut;

    @Column(nullable = false, length = AnswerDraft.MAX_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = AnswerDraft.MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private int uses;

    protected CannedAnswer() {
    }

    /** {@code owner} null: the shop's. The draft is checked ({@link AnswerDraft#problem()}) before. */
    public CannedAnswer(String id, String shopId, String owner, AnswerDraft draft) {
        this.id = id;
        this.shopId = shopId;
        this.owner = owner;
        this.scopeKey = scopeKey(owner);
        change(draft);
    }

    public void change(AnswerDraft draft) {
        this.language = draft.language();
        this.shortcut = draft.shortcut();
        this.title = draft.title();
        this.text = draft.text();
    }

    /** What makes a shortcut unique with the language: the shop's answers, or one agent's (A2). */
    public static String scopeKey(String owner) {
        return owner == null ? "team" : "agent:" + owner;
    }

    public boolean isTeamWide() {
        return owner == null;
    }

    public boolean isOwnedBy(String username) {
        return owner != null && owner.equals(username);
    }

    /** One's own, and the shop's for supervisors and admins (A1). */
    public boolean isChangeableBy(String username, Role role) {
        return isOwnedBy(username) || isTeamWide() && role != Role.AGENT;
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String owner() {
        return owner;
    }

    public String scope() {
        return scopeKey;
    }

    public String language() {
        return language;
    }

    public String shortcut() {
        return shortcut;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public int uses() {
        return uses;
    }

    public AnswerDraft draft() {
        return new AnswerDraft(language, shortcut, title, text);
    }
}
