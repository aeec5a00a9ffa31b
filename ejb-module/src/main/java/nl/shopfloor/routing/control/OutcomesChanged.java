package nl.shopfloor.routing.control;

import java.util.Set;

/**
 * Orders were credited differently or a shopper's chats were erased, in the transaction still under way: what
 * routing learned about these agents and topics is counted again once it commits (R5). A survey answered says so
 * with its own event ({@code SurveyAnswered}).
 */
public record OutcomesChanged(Set<AgentTopic> changed) {
}
