package nl.shopfloor.offline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The team mailbox for one question type of a shop, e.g. product questions to sales@. */
@Entity
@Table(name = "topic_mailbox")
@IdClass(TopicMailbox.Key.class)
@NamedQuery(name = TopicMailbox.findByShop, query = "select m from TopicMailbox m where m.shopId = :shop order by m.topic")
public class TopicMailbox {

    public static final String findByShop = "TopicMailbox.findByShop";

    public static class Key implements Serializable {
        private String shopId;
        private String topic;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(shopId, key.shopId) && Objects.equals(topic, key.topic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, topic);
        }
    }

    @Id
    @Column(name = "shop_id", length = 40)
    private String shopId;

    @Id
    @Column(length = 40)
    private String topic;

    @Column(nullable = false, length = 254)
    private String email;

    protected TopicMailbox() {
    }

    public TopicMailbox(String shopId, String topic, String email) {
        this.shopId = shopId;
        this.topic = topic;
        this.email = email;
    }

    public String topic() {
        return topic;
    }

    public String email() {
        return email;
    }
}
