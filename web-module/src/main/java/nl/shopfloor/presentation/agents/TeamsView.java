package nl.shopfloor.presentation.agents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import nl.shopfloor.agents.control.AccountRefused;
import nl.shopfloor.agents.control.AgentAccounts;

/** An admin creates and renames the shop's teams. */
@Named
@ViewScoped
public class TeamsView implements Serializable {

    @Inject
    AgentsView agentsView;
    @Inject
    transient AgentAccounts accounts;

    private final Map<String, String> names = new HashMap<>();
    private String newName;

    public void create() {
        if (!AgentsView.allowed(agentsView.isAdmin())) {
            return;
        }
        try {
            accounts.createTeam(agentsView.shopId(), newName);
            AgentsView.say(FacesMessage.SEVERITY_INFO, "teams.created", newName.strip());
            newName = null;
        } catch (AccountRefused refused) {
            AgentsView.refuse(refused);
        }
        agentsView.reload();
    }

    public void rename(String teamId) {
        if (!AgentsView.allowed(agentsView.isAdmin())) {
            return;
        }
        try {
            accounts.renameTeam(agentsView.shopId(), teamId, names.get(teamId));
            AgentsView.say(FacesMessage.SEVERITY_INFO, "teams.renamed", names.get(teamId).strip());
            names.remove(teamId);
        } catch (AccountRefused refused) {
            AgentsView.refuse(refused);
        }
        agentsView.reload();
    }

    /** The name typed per team, keyed by team id; a team not typed in shows its current name. */
    public Map<String, String> getNames() {
        agentsView.getTeams().forEach(team -> names.putIfAbsent(team.id(), team.name()));
        return names;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
