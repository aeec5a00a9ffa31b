package nl.shopfloor.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.entity.ResponseTimes;

@Entity
@Table(name = "conversation")
@NamedQuery(name = Conversation.findOpenOfVisitor,
        query = "select c from Conversation c where c.visitor = :visitor and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN order by c.startedAt desc")
// Locks the row it reads (a message takes the next seq); the lock is part of the named query so that it is
// prepared once, not per call as with setLockMode.
@NamedQuery(name = Conversation.lockOpenOfVisitorId, lockMode = LockModeType.PESSIMISTIC_WRITE,
        query = "select c from Conversation c where c.visitorId = :visitor and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN")
@NamedQuery(name = Conversation.findLatestOfVisitor,
        query = "select c from Conversation c where c.visitor = :visitor order by c.startedAt desc")
@NamedQuery(name = Conversation.findOpenOfAgent,
        query = "select c from Conversation c where c.agent = :agent and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN order by c.startedAt")
@NamedQuery(name = Conversation.countOpenOfAgent,
        query = "select count(c) from Conversation c where c.agent = :agent and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN")
@NamedQuery(name = Conversation.findWaitingInShop,
        query = "select c from Conversation c where c.shopId = :shop and c.agent is null and c.preferredAgent is not null"
                + " and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN order by c.startedAt")
@NamedQuery(name = Conversation.findUnansweredInShop,
        query = "select c from Conversation c where c.shopId = :shop and c.firstResponseAt is null"
                + " and c.status = nl.shopfloor.chat.entity.ConversationStatus.OPEN order by c.startedAt")
@NamedQuery(name = Conversation.findEarlierOfVisitors,
        query = "select c.startedAt, c.topic, a.displayName, c.status, c.lastSeq"
                + " from Conversation c left join c.agent a where c.visitorId in :visitors and c.id <> :conversation"
                + " and c.startedAt <= :before order by c.startedAt desc")
public class Conversation {

    public static final String findEarlierOfVisitors = "Conversation.findEarlierOfVisitors";

    public static final String findUnansweredInShop = "Conversation.findUnansweredInShop";

    public static final String findWaitingInShop = "Conversation.findWaitingInShop";

    public static final String findOpenOfVisitor = "Conversation.findOpenOfVisitor";
    public static final String lockOpenOfVisitorId = "Conversation.lockOpenOfVisitorId";
    public static final String findLatestOfVisitor = "Conversation.findLatestOfVisitor";
    public static final String findOpenOfAgent = "Conversation.findOpenOfAgent";
    public static final String countOpenOfAgent = "Conversation.countOpenOfAgent";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visitor_id", nullable = false)
    private Visitor visitor;

    // The same columns as plain values: a relayed message needs only the ids, not the visitor or the agent
    // with their team and skills (C10).
    @Column(name = "visitor_id", insertable = false, updatable = false)
    private String visitorId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_username")
    private Agent agent;

    @Column(name = "agent_username", insertable = false, updatable = false)
    private String agentUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConversationStatus status;

    @Column(name = "visitor_name", nullable = false, length = 80)
    private String visitorName;

    @Column(name = "visitor_email", length = 254)
    private String visitorEmail;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "page_url", length = 2000)
    private String pageUrl;

    @Column(name = "page_title", length = 300)
    private String pageTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChatOrigin origin;

    /** The person the shopper asked for (team page, personal button); the chat waits for them if need be. */
    @Column(name = "preferred_agent_username", length = 40)
    private String preferredAgent;

    /** The invite exposure this chat answers (invites I8, I13); null for a chat the shopper began unasked. */
    @Column(name = "invite_id", length = 40)
    private String inviteId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** Why routing chose this agent: the candidates and their scores, as JSON. */
    @Column(name = "routing_explanation", length = 4000)
    private String routingExplanation;

    @Column(name = "apologized_at")
    private Instant apologizedAt;

    @Column(name = "rerouted_at")
    private Instant reroutedAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "last_seq", nullable = false)
    private int lastSeq;

    /** When retention took the shopper's words and details out (privacy P4); null while they are in. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Conversation() {
    }

    public Conversation(String id, Visitor visitor, PreChat preChat, String language, Page page, ChatOrigin origin, Instant now) {
        this.id = id;
        this.shopId = visitor.shopId();
        this.visitor = visitor;
        this.visitorId = visitor.id();
        this.status = ConversationStatus.OPEN;
        this.visitorName = preChat.name();
        this.visitorEmail = preChat.email();
        this.topic = preChat.topic();
        this.language = language;
        this.pageUrl = page.url();
        this.pageTitle = page.title();
        this.origin = origin;
        this.startedAt = now;
    }

    public void assignTo(Agent agent, Instant now, String explanation) {
        this.agent = agent;
        this.agentUsername = agent.username();
        this.assignedAt = now;
        this.routingExplanation = explanation;
        agent.assigned(now);
    }

    public void waitFor(String agentUsername) {
        this.preferredAgent = agentUsername;
    }

    public void answered(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    /**
     * What is due now for a chat nobody answered yet, given the shop's response times. Each step happens
     * once; re-routing counts from the (last) assignment, the contact form from the start.
     */
    public Overdue overdue(ResponseTimes times, Instant now) {
        if (!isOpen() || firstResponseAt != null) {
            return Overdue.NOTHING;
        }
        if (!now.isBefore(startedAt.plus(times.abandonAfter()))) {
            return Overdue.OFFER_CONTACT_FORM;
        }
        if (agentUsername == null) {
            return Overdue.NOTHING;
        }
        if (reroutedAt == null && !now.isBefore(assignedAt.plus(times.rerouteAfter()))) {
            return Overdue.REROUTE;
        }
        if (apologizedAt == null && !now.isBefore(assignedAt.plus(times.apologyAfter()))) {
            return Overdue.APOLOGIZE;
        }
        return Overdue.NOTHING;
    }

    public void apologized(Instant now) {
        apologizedAt = now;
    }

    public void rerouted(Agent to, Instant now, String explanation) {
        reroutedAt = now;
        this.agent = to;
        this.agentUsername = to.username();
        this.assignedAt = now;
        this.routingExplanation = explanation;
        to.assigned(now);
    }

    /** Waiting for a first answer for longer than the apology time: every colleague sees it. */
    public boolean isUnanswered() {
        return isOpen() && firstResponseAt == null && agentUsername != null && apologizedAt != null;
    }

    public boolean isWaiting() {
        return isOpen() && agentUsername == null;
    }

    public String preferredAgent() {
        return preferredAgent;
    }

    public String routingExplanation() {
        return routingExplanation;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    /** Reserves the next sequence number; callers hold a write lock on this conversation. */
    public int nextSeq() {
        return ++lastSeq;
    }

    public void close(Instant now) {
        if (status == ConversationStatus.OPEN) {
            status = ConversationStatus.CLOSED;
            closedAt = now;
        }
    }

    /**
     * Takes out what names or describes the shopper — name, e-mail address, the page's query string and fragment —
     * and keeps what the figures of the past need: times, agent, topic, status (privacy P4). The messages' and the
     * survey's texts are blanked by the retention run itself, in bulk.
     */
    public void anonymise(Instant now) {
        this.visitorName = "";
        this.visitorEmail = null;
        this.pageUrl = Page.withoutQuery(pageUrl);
        this.anonymisedAt = now;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }

    public boolean isOpen() {
        return status == ConversationStatus.OPEN;
    }

    public boolean isAssignedTo(String username) {
        return agentUsername != null && agentUsername.equals(username);
    }

    public boolean isOf(Visitor visitor) {
        return visitorId.equals(visitor.id());
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public Visitor visitor() {
        return visitor;
    }

    public Agent agent() {
        return agent;
    }

    /** The assigned agent's username, or null: without loading the agent. */
    public String agentUsername() {
        return agentUsername;
    }

    public String visitorId() {
        return visitorId;
    }

    public ConversationStatus status() {
        return status;
    }

    public String visitorName() {
        return visitorName;
    }

    public String visitorEmail() {
        return visitorEmail;
    }

    public String topic() {
        return topic;
    }

    public String language() {
        return language;
    }

    public Page page() {
        return new Page(pageUrl, pageTitle);
    }

    public ChatOrigin origin() {
        return origin;
    }

    /** This chat answers that invite: it began from the bubble (origin proactive). */
    public void answers(String exposureId) {
        this.inviteId = exposureId;
        this.origin = ChatOrigin.PROACTIVE;
    }

    public String inviteId() {
        return inviteId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int lastSeq() {
        return lastSeq;
    }
}
