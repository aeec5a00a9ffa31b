package nl.shopfloor.agents.control;

import java.util.Collection;

/** What a supervisor edits of an agent. {@code teamId} null: no team. */
public record Profile(String displayName, String roleText, String teamId, int maxChats,
                      Collection<String> brands, Collection<String> topics, Collection<String> languages) {
}
