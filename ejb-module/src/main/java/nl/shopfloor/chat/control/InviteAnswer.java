package nl.shopfloor.chat.control;

import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.agents.entity.Agent;

/**
 * A chat started from an invite (invites I13): the exposure the widget showed, unchecked until {@link Conversations}
 * finds it is this visitor's, and the agent whose name and photo it showed (null for a team invite), whom routing
 * then prefers while they have room.
 */
public record InviteAnswer(String exposureId, String shownAgent) {

    /**
     * The agent the invite showed goes first when routing found them with room (so among the ranked): the shopper was
     * told who would answer. Otherwise the ranking stands.
     */
    List<Agent> shownFirst(List<Agent> ranked) {
        List<Agent> ordered = new ArrayList<>(ranked);
        ordered.stream().filter(agent -> agent.username().equals(shownAgent)).findFirst().ifPresent(shown -> {
            ordered.remove(shown);
            ordered.add(0, shown);
        });
        return ordered;
    }
}
