package nl.shopfloor.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "team")
@NamedQuery(name = Team.findByShop, query = "select t from Team t where t.shopId = :shop order by t.name")
public class Team {

    public static final String findByShop = "Team.findByShop";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(nullable = false, length = 80)
    private String name;

    protected Team() {
    }

    public Team(String id, String shopId, String name) {
        this.id = id;
        this.shopId = shopId;
        rename(name);
    }

    public void rename(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new IllegalArgumentException("A team name is 1 to 80 characters");
        }
        this.name = name.strip();
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String name() {
        return name;
    }
}
