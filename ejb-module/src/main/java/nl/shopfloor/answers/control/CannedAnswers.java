package nl.shopfloor.answers.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.shopfloor.Ids;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.answers.entity.AnswerDraft;
import nl.shopfloor.answers.entity.CannedAnswer;
import nl.shopfloor.answers.entity.Refusal;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Page;
import nl.shopfloor.commerce.control.CustomerPanel;
import nl.shopfloor.commerce.control.CustomerPanels;

/**
 * The canned answers an agent sees (the shop's and their own), keeps and uses. Every method takes the caller's
 * username; an answer the caller may not see is refused as NOT_FOUND, like an unknown id (A7).
 */
@Stateless
public class CannedAnswers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Agents agents;

    @Inject
    CustomerPanels customerPanels;

    public List<CannedAnswer> visibleTo(String username) {
        return visible(caller(username)).stream().sorted(CannedAnswer.LISTED).toList();
    }

    /** For {@code /query} in the reply box of a chat in {@code language} (A4). */
    public List<CannedAnswer> suggestions(String username, String query, String language) {
        return Suggestions.of(visible(caller(username)), query, language);
    }

    /** The answers for the shopper's question in a chat in {@code language}, beside the suggested articles (A9). */
    public List<CannedAnswer> forQuestion(String username, String question, String language) {
        return QuestionMatch.of(visible(caller(username)), question, language);
    }

    /** {@code teamWide}: the shop's, for supervisors and admins only (A1). */
    public CannedAnswer add(String username, boolean teamWide, AnswerDraft draft) {
        Agent agent = caller(username);
        if (teamWide && agent.role() == Role.AGENT) {
            throw new AnswerRefused(Refusal.NOT_ALLOWED);
        }
        CannedAnswer answer = new CannedAnswer(Ids.random(), agent.shopId(), teamWide ? null : agent.username(), checked(draft));
        refuseTakenShortcut(answer.id(), answer.shopId(), answer.scope(), draft);
        em.persist(answer);
        return answer;
    }

    public CannedAnswer change(String username, String answerId, AnswerDraft draft) {
        CannedAnswer answer = changeable(caller(username), answerId);
        refuseTakenShortcut(answer.id(), answer.shopId(), answer.scope(), checked(draft));
        answer.change(draft);
        return answer;
    }

    public void remove(String username, String answerId) {
        em.remove(changeable(caller(username), answerId));
    }

    /**
     * The answer's text for this conversation, its placeholders filled (A5, A6), and one more use counted (A4). The
     * conversation must be the caller's: others are refused by {@code AccessDenied}, as for the customer panel.
     */
    public FilledAnswer use(String username, String answerId, String conversationId) {
        Agent agent = caller(username);
        CannedAnswer answer = seen(agent, answerId);
        CustomerPanel panel = customerPanels.of(username, conversationId);
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.SHOPPER, panel.conversation().visitorName());
        values.put(Placeholder.AGENT, agent.displayName());
        if (!panel.orders().isEmpty()) {
            values.put(Placeholder.ORDER, panel.orders().get(0).ref());
        }
        Page page = panel.now() == null ? panel.conversation().page()
                : panel.now().currentPage().orElse(panel.conversation().page());
        values.put(Placeholder.PRODUCT, Placeholders.productOf(page.title()));
        em.createNamedQuery(CannedAnswer.countUse).setParameter("id", answer.id()).executeUpdate();
        return Placeholders.fill(answer.text(), values, ChatMessage.MAX_TEXT);
    }

    private Agent caller(String username) {
        return agents.find(username).orElseThrow(() -> new AnswerRefused(Refusal.NOT_FOUND));
    }

    private List<CannedAnswer> visible(Agent agent) {
        return em.createNamedQuery(CannedAnswer.findVisible, CannedAnswer.class)
                .setParameter("shop", agent.shopId()).setParameter("agent", agent.username()).getResultList();
    }

    private CannedAnswer seen(Agent agent, String answerId) {
        CannedAnswer answer = answerId == null ? null : em.find(CannedAnswer.class, answerId);
        if (answer == null || !answer.shopId().equals(agent.shopId()) || !answer.isTeamWide() && !answer.isOwnedBy(agent.username())) {
            throw new AnswerRefused(Refusal.NOT_FOUND);
        }
        return answer;
    }

    /** One's own, and the shop's for supervisors and admins (A1); somebody else's own is not even seen (A7). */
    private CannedAnswer changeable(Agent agent, String answerId) {
        CannedAnswer answer = seen(agent, answerId);
        if (!answer.isChangeableBy(agent.username(), agent.role())) {
            throw new AnswerRefused(Refusal.NOT_ALLOWED);
        }
        return answer;
    }

    private static AnswerDraft checked(AnswerDraft draft) {
        draft.problem().ifPresent(problem -> {
            throw new AnswerRefused(problem);
        });
        return draft;
    }

    private void refuseTakenShortcut(String id, String shopId, String scope, AnswerDraft draft) {
        long taken = em.createNamedQuery(CannedAnswer.countInScope, Long.class).setParameter("shop", shopId)
                .setParameter("scope", scope).setParameter("language", draft.language())
                .setParameter("shortcut", draft.shortcut()).setParameter("id", id).getSingleResult();
        if (taken > 0) {
            throw new AnswerRefused(Refusal.SHORTCUT_TAKEN);
        }
    }
}
