package nl.shopfloor.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * What routing has learned about one agent on one question type: how fast they answer (counted as they answer), how
 * the shoppers rated their chats and how many of their chats earned an order (both recomputed from those facts).
 */
@Entity
@Table(name = "agent_performance")
@NamedQuery(name = Performance.findByShopAndTopic, query = "select p from Performance p where p.topic = :topic"
        + " and p.agentUsername in (select a.username from Agent a where a.shopId = :shop)")
@NamedQuery(name = Performance.findByIds, query = "select p from Performance p where p.id in :ids")
public class Performance {

    public static final String findByShopAndTopic = "Performance.findByShopAndTopic";
    public static final String findByIds = "Performance.findByIds";

    @Id
    @Column(length = 90)
    private String id;

    @Column(name = "agent_username", nullable = false, length = 40)
    private String agentUsername;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(nullable = false)
    private int responses;

    @Column(name = "response_ms_total", nullable = false)
    private long responseMsTotal;

    @Column(nullable = false)
    private int ratings;

    @Column(name = "rating_total", nullable = false)
    private int ratingTotal;

    /** Chats of the agent on this topic with an order credited to them. */
    @Column(nullable = false)
    private int converted;

    protected Performance() {
    }

    public Performance(String agentUsername, String topic) {
        this.id = key(agentUsername, topic);
        this.agentUsername = agentUsername;
        this.topic = topic;
    }

    public static String key(String agentUsername, String topic) {
        return agentUsername + ":" + topic;
    }

    public void firstResponse(Duration after) {
        responses++;
        responseMsTotal += Math.max(0, after.toMillis());
    }

    /** The counts as they are now, not a change to them: learning them again cannot count anything twice. */
    public void outcomes(int ratings, int ratingTotal, int converted) {
        this.ratings = ratings;
        this.ratingTotal = ratingTotal;
        this.converted = converted;
    }

    public String agentUsername() {
        return agentUsername;
    }

    public String topic() {
        return topic;
    }

    public int responses() {
        return responses;
    }

    public long averageResponseMs() {
        return responses == 0 ? 0 : responseMsTotal / responses;
    }

    public int ratings() {
        return ratings;
    }

    public int ratingTotal() {
        return ratingTotal;
    }

    public int converted() {
        return converted;
    }
}
