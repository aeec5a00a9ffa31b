package nl.shopfloor.privacy.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.shopfloor.privacy.entity.RetentionPeriods;
import nl.shopfloor.privacy.entity.RetentionPolicy;

/** The shops' retention settings (P4). */
@Stateless
public class RetentionPolicies {

    @PersistenceContext
    EntityManager em;

    /** The shop's policy; one that never set any keeps everything. */
    public RetentionPolicy of(String shopId) {
        RetentionPolicy policy = em.find(RetentionPolicy.class, shopId);
        return policy == null ? new RetentionPolicy(shopId) : policy;
    }

    public List<RetentionPolicy> active() {
        return em.createNamedQuery(RetentionPolicy.findActive, RetentionPolicy.class).getResultList();
    }

    public RetentionPeriods change(String shopId, RetentionPeriods periods) {
        RetentionPolicy policy = em.find(RetentionPolicy.class, shopId);
        if (policy == null) {
            policy = new RetentionPolicy(shopId);
            em.persist(policy);
        }
        policy.change(periods);
        return periods;
    }
}
