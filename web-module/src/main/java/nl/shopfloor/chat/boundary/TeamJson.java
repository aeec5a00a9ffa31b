package nl.shopfloor.chat.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;

/** The team page and the personal chat button: who is there and who can chat now. */
final class TeamJson {

    private TeamJson() {
    }

    static JsonObject team(List<Agent> agents, Predicate<Agent> available) {
        JsonArrayBuilder members = CachedJson.createArrayBuilder();
        agents.stream()
                .filter(agent -> agent.role() == Role.AGENT)
                .sorted(Comparator.comparing((Agent agent) -> agent.team() == null ? "" : agent.team().name())
                        .thenComparing(Agent::displayName))
                .forEach(agent -> members.add(member(agent, available.test(agent))));
        return CachedJson.createObjectBuilder().add("type", "team").add("members", members).build();
    }

    /** For the dashboard's transfer choice: colleagues who take chats, and the teams. */
    static JsonObject colleagues(List<Agent> agents, Predicate<Agent> available) {
        JsonArrayBuilder colleagues = CachedJson.createArrayBuilder();
        JsonArrayBuilder teams = CachedJson.createArrayBuilder();
        agents.stream().filter(Agent::takesChats).sorted(Comparator.comparing(Agent::displayName))
                .forEach(agent -> colleagues.add(CachedJson.createObjectBuilder(member(agent, available.test(agent)))
                        .add("id", agent.username())));
        agents.stream().map(Agent::team).filter(java.util.Objects::nonNull).distinct()
                .sorted(Comparator.comparing(team -> team.name()))
                .forEach(team -> teams.add(CachedJson.createObjectBuilder().add("id", team.id()).add("name", team.name())));
        return CachedJson.createObjectBuilder().add("type", "colleagues").add("agents", colleagues).add("teams", teams).build();
    }

    /** As shoppers see an agent: by public id, never the login name. */
    static JsonObject member(Agent agent, boolean available) {
        return CachedJson.createObjectBuilder()
                .add("id", agent.publicId())
                .add("name", agent.displayName())
                .add("photo", agent.photoUrl() == null ? "" : agent.photoUrl())
                .add("role", agent.roleText() == null ? "" : agent.roleText())
                .add("team", agent.team() == null ? "" : agent.team().name())
                .add("available", available)
                .build();
    }
}
