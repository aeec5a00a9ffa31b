package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import nl.shopfloor.invites.entity.InviteRule;

/** The owner of the shops' invite rules (invites I2): every change is checked first and announced after it commits. */
@Stateless
public class InviteRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<InviteRulesChanged> changed;

    public List<InviteRule> ofShop(String shopId) {
        return em.createNamedQuery(InviteRule.findByShop, InviteRule.class).setParameter("shop", shopId).getResultList();
    }

    public List<InviteRule> enabledOf(String shopId) {
        return em.createNamedQuery(InviteRule.findEnabled, InviteRule.class).setParameter("shop", shopId).getResultList();
    }

    /**
     * Stores a new rule or the changed one.
     *
     * @throws RuleRefused listing every problem; nothing is stored then
     */
    public InviteRule save(InviteRule rule) {
        RuleChecks.check(rule);
        rule.touched(clock.instant());
        InviteRule saved = em.find(InviteRule.class, rule.id()) == null ? persist(rule) : em.merge(rule);
        changed.fire(new InviteRulesChanged(rule.shopId()));
        return saved;
    }

    /** Whether the shop had this rule. */
    public boolean delete(String shopId, String ruleId) {
        InviteRule rule = em.find(InviteRule.class, ruleId);
        if (rule == null || !rule.shopId().equals(shopId)) {
            return false;
        }
        em.remove(rule);
        changed.fire(new InviteRulesChanged(shopId));
        return true;
    }

    private InviteRule persist(InviteRule rule) {
        em.persist(rule);
        return rule;
    }
}
