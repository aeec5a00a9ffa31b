package nl.shopfloor.agents.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.agents.entity.Agent;

@Stateless
public class Agents {

    @PersistenceContext
    EntityManager em;

    public Optional<Agent> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(Agent.class, username));
    }

    public List<Agent> ofShop(String shopId) {
        return em.createNamedQuery(Agent.findByShop, Agent.class).setParameter("shop", shopId).getResultList();
    }
}
