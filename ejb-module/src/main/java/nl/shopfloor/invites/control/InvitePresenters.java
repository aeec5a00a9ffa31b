package nl.shopfloor.invites.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.routing.control.Router;
import nl.shopfloor.routing.control.RoutingRequest;

/**
 * Who an invite that is about to go out shows (invites I13): the rule's named agent, its team, or the agent routing
 * would pick now — asked of routing without assigning anyone, so the pick is a promise the chat then tries to keep.
 * Asked only when an invite goes out, never per activity.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InvitePresenters {

    @PersistenceContext
    EntityManager em;

    @Inject
    Router router;

    /** Empty when the named agent or the team is gone, or routing finds nobody with room after all: then no invite. */
    public Optional<ShownPresenter> of(String shopId, CompiledRule rule, String language, String pageText) {
        return switch (rule.presenter()) {
            case AGENT -> Optional.ofNullable(rule.presenterRef()).map(ref -> em.find(Agent.class, ref))
                    .filter(agent -> agent.shopId().equals(shopId)).map(agent -> agent(Presenter.AGENT, agent));
            case TEAM -> Optional.ofNullable(rule.presenterRef()).map(ref -> em.find(Team.class, ref))
                    .filter(team -> team.shopId().equals(shopId))
                    .map(team -> new ShownPresenter(Presenter.TEAM, null, null, team.name(), null));
            case ROUTED -> router.rank(new RoutingRequest(shopId, null, language, pageText, null)).ranked().stream().findFirst()
                    .map(agent -> agent(Presenter.ROUTED, agent));
        };
    }

    private static ShownPresenter agent(Presenter kind, Agent agent) {
        return new ShownPresenter(kind, agent.username(), agent.publicId(), agent.displayName(), agent.photoUrl());
    }
}
