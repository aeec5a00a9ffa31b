package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.RuleSettings;

/**
 * The owner of the shops' invite rules (invites I2, I9): every change is checked first and announced after it commits.
 * The dashboard and the shop API know a rule by the shop's ref; a change is made on the stored rule, never by
 * replacing it, so that what a change does not name stays as it was.
 */
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

    public Optional<InviteRule> byRef(String shopId, String ref) {
        return em.createNamedQuery(InviteRule.findByRef, InviteRule.class).setParameter("shop", shopId).setParameter("ref", ref)
                .getResultStream().findFirst();
    }

    /** The rule and whether it is new. */
    public record Put(InviteRule rule, boolean created) {
    }

    /**
     * Creates the shop's rule {@code ref} with these settings, or changes the one it has.
     *
     * @throws RuleRefused listing every problem; nothing is stored then
     */
    public Put put(String shopId, String ref, RuleSettings settings) {
        Optional<InviteRule> existing = byRef(shopId, ref);
        InviteRule rule = settings.applyTo(existing.orElseGet(() -> new InviteRule(Ids.random(), shopId, clock.instant()).knownAs(ref)));
        return new Put(save(rule), existing.isEmpty());
    }

    /**
     * A disabled copy of the rule under a ref of its own ("faq-copy", "faq-copy-2", …), named as a copy.
     *
     * @throws RuleRefused when the shop has no such rule or the copy's name is too long
     */
    public InviteRule duplicate(String shopId, String ref, String copyName) {
        InviteRule original = byRef(shopId, ref).orElseThrow(() -> RuleRefused.of("ref", "noSuchRule"));
        String base = (ref.length() > InviteRule.MAX_REF - 8 ? ref.substring(0, InviteRule.MAX_REF - 8) : ref) + "-copy";
        String copyRef = base;
        for (int n = 2; byRef(shopId, copyRef).isPresent(); n++) {
            copyRef = base + "-" + n;
        }
        RuleSettings settings = RuleSettings.of(original);
        RuleSettings copy = new RuleSettings(copyName, false, settings.priority(), settings.conditions(), settings.delay(), settings.display(),
                settings.presenter(), settings.presenterRef(), settings.caps(), settings.splitMode(), settings.controlShare(),
                settings.minShare(), settings.variants(), settings.optimise());
        return put(shopId, copyRef, copy).rule();
    }

    /** Whether the shop had the rule {@code ref}. */
    public boolean deleteByRef(String shopId, String ref) {
        return byRef(shopId, ref).map(rule -> delete(shopId, rule.id())).orElse(false);
    }

    /**
     * Stores a new rule or the changed one.
     *
     * @throws RuleRefused listing every problem; nothing is stored then
     */
    public InviteRule save(InviteRule rule) {
        RuleChecks.check(rule);
        byRef(rule.shopId(), rule.ref()).filter(other -> !other.id().equals(rule.id())).ifPresent(other -> {
            throw RuleRefused.of("ref", "refTaken", rule.ref());
        });
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
