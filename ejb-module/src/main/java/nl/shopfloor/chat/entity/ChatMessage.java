package nl.shopfloor.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.shopfloor.agents.entity.Agent;

@Entity
@Table(name = "chat_message")
@NamedQuery(name = ChatMessage.findAfterSeq,
        query = "select m from ChatMessage m where m.conversation = :conversation and m.seq > :seq order by m.seq")
@NamedQuery(name = ChatMessage.findByClientId,
        query = "select m from ChatMessage m where m.conversation = :conversation and m.clientId = :clientId")
@NamedQuery(name = ChatMessage.findLast,
        query = "select m from ChatMessage m where m.conversation = :conversation order by m.seq desc")
public class ChatMessage {

    public static final String findAfterSeq = "ChatMessage.findAfterSeq";
    public static final String findByClientId = "ChatMessage.findByClientId";
    public static final String findLast = "ChatMessage.findLast";
    public static final int MAX_TEXT = 2000;

    @Id
    @Column(length = 40)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id", nullable = false)
    private Conversation conversation;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sender sender;

    @ManyToOne
    @JoinColumn(name = "agent_username")
    private Agent agent;

    /** The sender's own id for the message: a resend after a reconnect is recognised by it. */
    @Column(name = "client_id", length = 64)
    private String clientId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatMessage() {
    }

    public ChatMessage(String id, Conversation conversation, Sender sender, Agent agent, String clientId,
                       String text, Instant now) {
        this.id = id;
        this.conversation = conversation;
        this.seq = conversation.nextSeq();
        this.sender = sender;
        this.agent = agent;
        this.clientId = clientId;
        this.text = text;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public Conversation conversation() {
        return conversation;
    }

    public int seq() {
        return seq;
    }

    public Sender sender() {
        return sender;
    }

    public Agent agent() {
        return agent;
    }

    public String clientId() {
        return clientId;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
