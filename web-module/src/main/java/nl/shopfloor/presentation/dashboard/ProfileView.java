package nl.shopfloor.presentation.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Photos;
import nl.shopfloor.agents.entity.Agent;

/** The logged-in agent as the top bar and their profile page show them: name and photo (agents A7). */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    Agents agents;

    private Agent agent;
    private String contextPath;

    @PostConstruct
    void load() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        agent = agents.find(request.getRemoteUser()).orElseThrow();
        contextPath = request.getRequestContextPath();
    }

    public String getDisplayName() {
        return agent.displayName();
    }

    public String getPublicId() {
        return agent.publicId();
    }

    public String getInitial() {
        return agent.displayName().substring(0, 1);
    }

    /** Empty without a photo. */
    public String getPhoto() {
        return withContext(agent.photoUrl());
    }

    public String getSmallPhoto() {
        return withContext(Photos.small(agent.photoUrl()));
    }

    private String withContext(String url) {
        return url == null ? "" : url.startsWith("/") ? contextPath + url : url;
    }
}
