package nl.shopfloor.chat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import org.junit.jupiter.api.Test;

class ShownFirstTest {

    private static Agent agent(String username) {
        return new Agent(username, "demo", "hash", Role.AGENT, username, null, null, null);
    }

    @Test
    void theAgentAnInviteShowedGoesFirstWhenRoutingFoundThemWithRoom() {
        Agent anna = agent("anna");
        Agent bo = agent("bo");
        Agent cas = agent("cas");
        assertThat(new InviteAnswer("exposure", "cas").shownFirst(List.of(anna, bo, cas))).as("chat C21, invites I13").containsExactly(cas, anna, bo);
        assertThat(new InviteAnswer("exposure", "cas").shownFirst(List.of(anna, bo))).as("no room: routing's order stands").containsExactly(anna, bo);
        assertThat(new InviteAnswer("exposure", null).shownFirst(List.of(anna, bo))).as("a team invite").containsExactly(anna, bo);
    }
}
