package nl.shopfloor.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;

/** What routing has learned about one agent on one question type. */
@Entity
@Table(name = "agent_performance")
@NamedQuery(name = Performance.findByShop,
        query = "select p from Performance p where p.agentUsername in (select a.username from Agent a where a.shopId = :shop)")
public class Performance {

    public static final String findByShop = "Performance.findByShop";

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
}
