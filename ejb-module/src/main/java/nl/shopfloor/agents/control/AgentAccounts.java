package nl.shopfloor.agents.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.AccountRefused.Reason;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.agents.entity.Skill;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.commerce.entity.Shop;

/**
 * Agent accounts and teams of one shop, as supervisors and admins change them. Every method works inside
 * the caller's shop only and either makes the whole change or refuses it ({@link AccountRefused}).
 */
@Stateless
public class AgentAccounts {

    public static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr");
    public static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Availabilities availabilities;

    public List<Team> teams(String shopId) {
        return em.createNamedQuery(Team.findByShop, Team.class).setParameter("shop", shopId).getResultList();
    }

    public List<String> topics(String shopId) {
        return em.find(Shop.class, shopId).topicKeys();
    }

    public void change(String shopId, String username, Profile profile) {
        Agent agent = agentOf(shopId, username);
        List<String> topics = topics(shopId);
        try {
            agent.rename(profile.displayName());
            agent.describe(profile.roleText());
            agent.joinTeam(profile.teamId() == null ? null : teamOf(shopId, profile.teamId()));
            agent.changeMaxChats(profile.maxChats());
            agent.replaceSkills(SkillKind.BRAND, skills(SkillKind.BRAND, profile.brands(), brand -> brand.length() <= 40));
            agent.replaceSkills(SkillKind.TOPIC, skills(SkillKind.TOPIC, profile.topics(), topics::contains));
            agent.replaceSkills(SkillKind.LANGUAGE, skills(SkillKind.LANGUAGE, profile.languages(), LANGUAGES::contains));
        } catch (IllegalArgumentException e) {
            throw new AccountRefused(Reason.INVALID, e.getMessage());
        }
        // The router reads maxChats per decision; shoppers' availability may change with it, so tell them now.
        availabilities.changed(shopId);
    }

    public Agent create(String shopId, String username, String displayName, Role role, String teamId, String password) {
        if (username == null || !Agent.USERNAME.matcher(username).matches()) {
            throw new AccountRefused(Reason.INVALID, "username");
        }
        if (role == Role.ADMIN || role == null) {
            throw new AccountRefused(Reason.INVALID, "role");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRefused(Reason.INVALID, "password");
        }
        if (em.find(Agent.class, username) != null) {
            throw new AccountRefused(Reason.USERNAME_TAKEN, username);
        }
        Team team = teamId == null ? null : teamOf(shopId, teamId);
        try {
            Agent agent = new Agent(username, shopId, passwords.hash(password), role, displayName, null, null, team);
            // The constructor takes seed data as it is; rename is where a display name gets checked.
            agent.rename(displayName);
            em.persist(agent);
            return agent;
        } catch (IllegalArgumentException e) {
            throw new AccountRefused(Reason.INVALID, e.getMessage());
        }
    }

    public Team createTeam(String shopId, String name) {
        refuseTakenName(shopId, name, null);
        try {
            Team team = new Team(UUID.randomUUID().toString(), shopId, name);
            em.persist(team);
            return team;
        } catch (IllegalArgumentException e) {
            throw new AccountRefused(Reason.INVALID, e.getMessage());
        }
    }

    public void renameTeam(String shopId, String teamId, String name) {
        Team team = teamOf(shopId, teamId);
        refuseTakenName(shopId, name, teamId);
        try {
            team.rename(name);
        } catch (IllegalArgumentException e) {
            throw new AccountRefused(Reason.INVALID, e.getMessage());
        }
    }

    private void refuseTakenName(String shopId, String name, String exceptTeamId) {
        String wanted = name == null ? "" : name.strip();
        if (teams(shopId).stream().anyMatch(team -> !team.id().equals(exceptTeamId) && team.name().equalsIgnoreCase(wanted))) {
            throw new AccountRefused(Reason.TEAM_NAME_TAKEN, wanted);
        }
    }

    private Agent agentOf(String shopId, String username) {
        Agent agent = username == null ? null : em.find(Agent.class, username);
        if (agent == null || !agent.shopId().equals(shopId)) {
            throw new AccountRefused(Reason.NOT_IN_SHOP, String.valueOf(username));
        }
        return agent;
    }

    private Team teamOf(String shopId, String teamId) {
        Team team = em.find(Team.class, teamId);
        if (team == null || !team.shopId().equals(shopId)) {
            throw new AccountRefused(Reason.NOT_IN_SHOP, teamId);
        }
        return team;
    }

    private static List<Skill> skills(SkillKind kind, Collection<String> values, Predicate<String> allowed) {
        List<String> cleaned = values == null ? List.of() : values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .collect(Collectors.toList());
        if (!cleaned.stream().allMatch(allowed)) {
            throw new IllegalArgumentException("Not a " + kind.name().toLowerCase(Locale.ROOT) + " skill of this shop: " + cleaned);
        }
        return cleaned.stream().map(value -> new Skill(kind, value)).toList();
    }
}
