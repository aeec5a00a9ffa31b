package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.shopfloor.Constraints;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Survey;

/**
 * The shopper rates a chat of theirs that ended (C18): once; the same answer again (a resend) is fine and stores
 * nothing, a second rating of the same chat keeps the first. Routing learns the agent's satisfaction on the chat's
 * topic from it (routing R5).
 */
@Stateless
public class Surveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SurveyAnswered> answered;

    public void answer(String visitorId, String conversationId, int rating, String comment) {
        Conversation conversation = conversationId == null ? null : em.find(Conversation.class, conversationId);
        if (conversation == null || !visitorId.equals(conversation.visitorId()) || conversation.isOpen()) {
            throw new AccessDenied();
        }
        if (em.find(Survey.class, conversationId) != null) {
            return;
        }
        Survey survey = new Survey(conversation, rating, comment, StoredInstants.now(clock));
        em.persist(survey);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (!Constraints.violated(e)) {
                throw e;
            }
            throw new AlreadyStored(); // the same chat rated twice at the same moment: the first stays
        }
        answered.fire(new SurveyAnswered(conversation, survey));
    }
}
