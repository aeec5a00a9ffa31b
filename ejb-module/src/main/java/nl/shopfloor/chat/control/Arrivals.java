package nl.shopfloor.chat.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Page;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.kpi.control.WebSessions;

/** A widget says hello: everything it shows first, read in one transaction. */
@Stateless
public class Arrivals {

    @Inject
    Conversations conversations;

    @Inject
    Availabilities availabilities;

    @Inject
    WebSessions webSessions;

    @Inject
    ShopperContexts contexts;

    /**
     * {@code visitorId}: what the widget remembers, may be null or stale; {@code lastSeq}: the last message it has;
     * {@code newSession}: the widget found no activity of this shopper in the last 30 minutes (K5); {@code page}: where
     * the widget is, news for the agent of an open chat (C20).
     */
    public Arrival arrive(String shopId, String visitorId, String language, Page page, int lastSeq, boolean newSession) {
        if (newSession) {
            webSessions.started(shopId);
        }
        Optional<Visitor> known = conversations.returning(shopId, visitorId, language);
        if (known.isEmpty()) {
            return new Arrival(conversations.newcomerId(visitorId), availabilities.now(shopId), Optional.empty(), Optional.empty(),
                    List.of());
        }
        String id = known.get().id();
        Optional<Agent> ownAgent = conversations.ownAgentOf(id).filter(Agent::takesChats);
        Optional<Conversation> conversation = conversations.currentOf(id);
        conversation.filter(Conversation::isOpen).ifPresent(open -> contexts.arrived(open, page));
        List<ChatMessage> messages = conversation.map(c -> conversations.messagesAfter(c.id(), lastSeq)).orElse(List.of());
        return new Arrival(id, availabilities.now(shopId), ownAgent, conversation, messages);
    }
}
