package nl.shopfloor.kpi.entity;

import java.time.Instant;
import java.util.List;
import nl.shopfloor.agents.entity.AgentStatus;

/** Everything the wall display shows of one shop, at one moment. {@code cap} is null when the shop has none. */
public record WallSnapshot(String shopId, Instant at, List<Waiting> waiting, List<AgentLoad> agents,
                           FirstResponses today, int openChats, Integer cap) {

    /** A chat waiting too long for a first answer; {@code since} is when the shopper started it. */
    public record Waiting(String conversationId, String shopper, String agent, Instant since) {
    }

    public record AgentLoad(String username, String name, AgentStatus status, int openChats, int maxChats) {
    }
}
