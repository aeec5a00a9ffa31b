package nl.shopfloor.presentation.agents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.AccountRefused;
import nl.shopfloor.agents.control.AgentAccounts;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Photos;
import nl.shopfloor.agents.control.Profile;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Skill;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.agents.entity.Team;
import org.primefaces.PrimeFaces;

/** The shop's agents for supervisors and admins; one agent at a time is edited in a dialog. */
@Named
@ViewScoped
public class AgentsView implements Serializable {

    @Inject
    transient Agents agents;
    @Inject
    transient AgentAccounts accounts;

    private String shopId;
    private boolean supervisor;
    private boolean admin;
    private List<Agent> shopAgents;
    private List<Team> teams;
    private List<String> topics;

    private String editing;
    private String displayName;
    private String roleText;
    private String teamId;
    private Integer maxChats;
    private List<String> brands = new ArrayList<>();
    private List<String> topicSkills = new ArrayList<>();
    private List<String> languages = new ArrayList<>();

    @PostConstruct
    void load() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        // SecurityContext.isCallerInRole answers false in Faces requests here; the servlet request knows the roles.
        admin = request.isUserInRole("admin");
        supervisor = admin || request.isUserInRole("supervisor");
        shopId = agents.find(request.getRemoteUser()).orElseThrow().shopId();
        reload();
    }

    void reload() {
        shopAgents = agents.ofShop(shopId);
        teams = accounts.teams(shopId);
        topics = accounts.topics(shopId);
    }

    public void edit(String username) {
        if (!allowed(supervisor)) {
            return;
        }
        Agent agent = shopAgents.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        editing = agent.username();
        displayName = agent.displayName();
        roleText = agent.roleText();
        teamId = agent.team() == null ? null : agent.team().id();
        maxChats = agent.maxChats();
        brands = values(agent, SkillKind.BRAND);
        topicSkills = values(agent, SkillKind.TOPIC);
        languages = values(agent, SkillKind.LANGUAGE);
    }

    public void save() {
        if (!allowed(supervisor)) {
            return;
        }
        try {
            accounts.change(shopId, editing, new Profile(displayName, roleText, blankToNull(teamId), maxChats,
                    brands, topicSkills, languages));
            say(FacesMessage.SEVERITY_INFO, "agents.saved", displayName);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("agents", "page-messages");
        } catch (AccountRefused refused) {
            refuse(refused);
        }
        reload();
    }

    public String skills(Agent agent, SkillKind kind) {
        return String.join(", ", values(agent, kind));
    }

    public String photo(Agent agent) {
        String url = Photos.small(agent.photoUrl());
        return url != null && url.startsWith("/")
                ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + url : url;
    }

    public String roleKey(Agent agent) {
        return "agents.role." + agent.role().groupName();
    }

    /** Actions answer 403 to whoever may not take them; web.xml keeps agents off the page itself. */
    static boolean allowed(boolean allowed) {
        if (!allowed) {
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(403, "not allowed");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
        return allowed;
    }

    static void refuse(AccountRefused refused) {
        say(FacesMessage.SEVERITY_ERROR, "agents.refused." + refused.reason().name().toLowerCase(Locale.ROOT));
    }

    static void say(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(
                context.getApplication().getResourceBundle(context, "msg").getString(key), arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> values(Agent agent, SkillKind kind) {
        return agent.skills().stream().filter(skill -> skill.kind() == kind).map(Skill::value).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
    }

    String shopId() {
        return shopId;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<Agent> getAgents() {
        return shopAgents;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public List<String> getTopics() {
        return topics;
    }

    public List<String> getLanguageOptions() {
        return AgentAccounts.LANGUAGES;
    }

    public SkillKind[] getSkillKinds() {
        return SkillKind.values();
    }

    public String getEditing() {
        return editing;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRoleText() {
        return roleText;
    }

    public void setRoleText(String roleText) {
        this.roleText = roleText;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public Integer getMaxChats() {
        return maxChats;
    }

    public void setMaxChats(Integer maxChats) {
        this.maxChats = maxChats;
    }

    public List<String> getBrands() {
        return brands;
    }

    public void setBrands(List<String> brands) {
        this.brands = brands;
    }

    public List<String> getTopicSkills() {
        return topicSkills;
    }

    public void setTopicSkills(List<String> topicSkills) {
        this.topicSkills = topicSkills;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }
}
