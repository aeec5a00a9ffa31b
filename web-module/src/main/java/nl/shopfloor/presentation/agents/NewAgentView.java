package nl.shopfloor.presentation.agents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.shopfloor.agents.control.AccountRefused;
import nl.shopfloor.agents.control.AgentAccounts;
import nl.shopfloor.agents.entity.Role;

/** An admin opens an account for a new colleague. */
@Named
@ViewScoped
public class NewAgentView implements Serializable {

    @Inject
    AgentsView agentsView;
    @Inject
    transient AgentAccounts accounts;

    private String username;
    private String displayName;
    private Role role = Role.AGENT;
    private String teamId;
    private String password;

    public void create() {
        if (!AgentsView.allowed(agentsView.isAdmin())) {
            return;
        }
        try {
            accounts.create(agentsView.shopId(), username, displayName, role, AgentsView.blankToNull(teamId), password);
            AgentsView.say(FacesMessage.SEVERITY_INFO, "agents.created", username);
            username = null;
            displayName = null;
            role = Role.AGENT;
            teamId = null;
        } catch (AccountRefused refused) {
            AgentsView.refuse(refused);
        }
        password = null;
        agentsView.reload();
    }

    public Role[] getRoles() {
        return new Role[]{Role.AGENT, Role.SUPERVISOR};
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
