package nl.shopfloor.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The shopper's rating of a chat that ended: 1 to 5 stars and an optional comment (C18). */
@Entity
@Table(name = "survey")
public class Survey {

    public static final int MAX_COMMENT = 1000;

    @Id
    @Column(name = "conversation_id", length = 40)
    private String conversationId;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    /** The agent who had the chat when it ended: the rating is theirs. */
    @Column(name = "agent_username", length = 40)
    private String agentUsername;

    @Column(nullable = false)
    private int rating;

    @Column(name = "comment_text", length = MAX_COMMENT)
    private String comment;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Survey() {
    }

    public Survey(Conversation conversation, int rating, String comment, Instant now) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5 stars");
        }
        this.conversationId = conversation.id();
        this.shopId = conversation.shopId();
        this.agentUsername = conversation.agentUsername();
        this.rating = rating;
        this.comment = comment;
        this.answeredAt = now;
    }

    public String conversationId() {
        return conversationId;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }
}
