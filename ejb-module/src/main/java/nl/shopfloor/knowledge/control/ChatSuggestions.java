package nl.shopfloor.knowledge.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.shopfloor.answers.control.CannedAnswers;
import nl.shopfloor.answers.entity.CannedAnswer;
import nl.shopfloor.chat.control.Conversations;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;

/**
 * The articles and the agent's canned answers beside a chat (K4, answers A9): for the shopper's question, the first
 * thing they wrote, in the chat's language.
 */
@Stateless
public class ChatSuggestions {

    public record ForChat(String question, List<Suggestion> articles, List<CannedAnswer> answers) {
    }

    @Inject
    Conversations conversations;
    @Inject
    KnowledgeIndex index;
    @Inject
    CannedAnswers answers;

    /** Throws {@code AccessDenied} unless the conversation is assigned to {@code username}, as for an unknown id. */
    public ForChat of(String username, String conversationId) {
        Conversation conversation = conversations.assignedTo(username, conversationId);
        String question = conversations.messagesAfter(conversation.id(), 0).stream()
                .filter(message -> message.sender() == Sender.SHOPPER).map(ChatMessage::text).findFirst().orElse("");
        return new ForChat(question, index.suggest(conversation.shopId(), conversation.language(), question),
                answers.forQuestion(username, question, conversation.language()));
    }
}
