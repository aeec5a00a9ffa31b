package nl.shopfloor.presentation.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.offline.control.ContactMessages;
import nl.shopfloor.offline.entity.ContactMessage;

@Named
@ViewScoped
public class DashboardView implements Serializable {

    @Inject
    transient SecurityContext security;
    @Inject
    transient Agents agents;
    @Inject
    transient Presence presence;
    @Inject
    transient ContactMessages contactMessages;

    private String username;
    private String displayName;
    private String shopId;
    private AgentStatus status;
    private List<ContactMessage> latestContactMessages;

    @PostConstruct
    void load() {
        Agent agent = agents.find(security.getCallerPrincipal().getName()).orElseThrow();
        username = agent.username();
        displayName = agent.displayName();
        shopId = agent.shopId();
        status = agent.status();
        latestContactMessages = contactMessages.latestOf(shopId, 50);
    }

    public void changeStatus() {
        presence.choose(username, status);
    }

    public List<ContactMessage> getContactMessages() {
        return latestContactMessages;
    }

    public String logout() throws ServletException, IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/dashboard/");
        return null;
    }

    public AgentStatus[] getStatuses() {
        return AgentStatus.values();
    }

    public String statusKey(AgentStatus status) {
        return "status." + status.name().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public AgentStatus getStatus() {
        return status;
    }

    public void setStatus(AgentStatus status) {
        this.status = status;
    }
}
