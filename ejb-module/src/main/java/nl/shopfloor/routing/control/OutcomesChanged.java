package nl.shopfloor.routing.control;

import java.util.Set;

/**
 * A survey was answered or orders were credited differently, in the transaction still under way: what routing learned
 * about these agents and topics is counted again once it commits (R5).
 */
public record OutcomesChanged(Set<AgentTopic> changed) {
}
