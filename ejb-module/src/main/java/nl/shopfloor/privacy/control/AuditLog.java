package nl.shopfloor.privacy.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.shopfloor.privacy.entity.PrivacyAudit;

/** The shop's privacy audit (P3, P4), latest first, a page at a time. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public List<PrivacyAudit> page(String shopId, int first, int size) {
        return em.createNamedQuery(PrivacyAudit.findOfShop, PrivacyAudit.class).setParameter("shop", shopId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String shopId) {
        return em.createNamedQuery(PrivacyAudit.countOfShop, Long.class).setParameter("shop", shopId).getSingleResult();
    }
}
