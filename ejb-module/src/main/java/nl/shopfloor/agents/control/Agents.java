package nl.shopfloor.agents.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.DashboardLanguage;

@Stateless
public class Agents {

    @PersistenceContext
    EntityManager em;

    public Optional<Agent> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(Agent.class, username));
    }

    /** The agent a shopper named by public id, if they are of this shop. */
    public Optional<Agent> byPublicId(String shopId, String publicId) {
        return publicId == null ? Optional.empty() : em.createNamedQuery(Agent.findByPublicId, Agent.class)
                .setParameter("publicId", publicId).getResultStream()
                .filter(agent -> agent.shopId().equals(shopId)).findFirst();
    }

    /** Stores the dashboard language the agent chose; false when there is no such agent. */
    public boolean chooseLanguage(String username, DashboardLanguage language) {
        return find(username).map(agent -> {
            agent.chooseLanguage(language);
            return true;
        }).orElse(false);
    }

    public List<Agent> ofShop(String shopId) {
        return em.createNamedQuery(Agent.findByShop, Agent.class).setParameter("shop", shopId).getResultList();
    }
}
