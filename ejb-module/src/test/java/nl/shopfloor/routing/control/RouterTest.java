package nl.shopfloor.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static Agent agent(String name, Instant lastAssigned) {
        Agent agent = new Agent(name, "demo", "hash", Role.AGENT, name, null, null, null);
        if (lastAssigned != null) {
            agent.assigned(lastAssigned);
        }
        return agent;
    }

    @Test
    void prefersTheAgentWithFewestOpenChats() {
        Agent busy = agent("busy", null);
        Agent quiet = agent("quiet", Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(Router.rank(List.of(busy, quiet), Map.of("busy", 2L, "quiet", 1L)))
                .extracting(Agent::username).containsExactly("quiet", "busy");
    }

    @Test
    void onEqualLoadPrefersWhoWaitedLongest() {
        Agent recent = agent("recent", Instant.parse("2026-01-01T10:05:00Z"));
        Agent earlier = agent("earlier", Instant.parse("2026-01-01T10:00:00Z"));
        Agent never = agent("never", null);
        assertThat(Router.rank(List.of(recent, earlier, never), Map.of()))
                .extracting(Agent::username).containsExactly("never", "earlier", "recent");
    }

    @Test
    void skipsAgentsAtTheirMaximum() {
        Agent full = agent("full", null);
        assertThat(Router.rank(List.of(full), Map.of("full", 3L))).isEmpty();
    }
}
