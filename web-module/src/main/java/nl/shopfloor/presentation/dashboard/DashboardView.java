package nl.shopfloor.presentation.dashboard;

import jakarta.annotation.PostConstruct;
import nl.shopfloor.presentation.BidiControls;
import jakarta.faces.application.FacesMessage;
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
import java.time.LocalDate;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.capacity.control.CapacityLimits;
import nl.shopfloor.commerce.control.ShopSettings;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.kpi.control.SalesFigures;
import nl.shopfloor.notifications.boundary.DeviceCookie;
import nl.shopfloor.notifications.control.PushSubscriptions;
import nl.shopfloor.kpi.control.ShopFigures;
import nl.shopfloor.commerce.entity.ResponseTimes;
import nl.shopfloor.offline.control.ContactMessages;
import nl.shopfloor.offline.control.OfflineRefused;
import nl.shopfloor.offline.control.Outbox;
import nl.shopfloor.offline.entity.ContactMessage;
import nl.shopfloor.offline.entity.MailStatus;
import nl.shopfloor.offline.entity.OutboxMail;
import org.primefaces.PrimeFaces;

@Named
@ViewScoped
public class DashboardView implements Serializable {

    @Inject
    transient SecurityContext security;
    @Inject
    transient Agents agents;
    @Inject
    transient ContactMessages contactMessages;
    @Inject
    transient Outbox outbox;
    @Inject
    transient Capacity capacity;
    @Inject
    transient CapacityLimits capacityLimits;
    @Inject
    transient ShopSettings shopSettings;
    @Inject
    transient SalesFigures salesFigures;
    @Inject
    transient Shops shops;
    @Inject
    transient PushSubscriptions pushSubscriptions;

    private String username;
    private String displayName;
    private String shopId;
    private List<ContactMessage> latestContactMessages;
    private Map<String, List<OutboxMail>> mailsByMessage;
    private ContactMessage answering;
    private String answerText;
    private Integer chatCap;
    private boolean supervisor;
    private boolean admin;
    private int apologyAfter;
    private int rerouteAfter;
    private int abandonAfter;
    private String ownRating;

    @PostConstruct
    void load() {
        Agent agent = agents.find(security.getCallerPrincipal().getName()).orElseThrow();
        username = agent.username();
        displayName = agent.displayName();
        shopId = agent.shopId();
        loadContactMessages();
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        admin = request.isUserInRole("admin");
        supervisor = admin || request.isUserInRole("supervisor");
        chatCap = capacity.cap(shopId);
        ResponseTimes times = shopSettings.responseTimes(shopId);
        apologyAfter = (int) times.apologyAfter().toSeconds();
        rerouteAfter = (int) times.rerouteAfter().toSeconds();
        abandonAfter = (int) times.abandonAfter().toSeconds();
        LocalDate today = LocalDate.now(shops.find(shopId).orElseThrow().zone());
        ShopFigures.Satisfaction rating = salesFigures.satisfactionOf(shopId, username, today.minusDays(OWN_RATING_DAYS - 1), today);
        FacesContext context = FacesContext.getCurrentInstance();
        ownRating = rating.answers() == 0 ? null : java.text.MessageFormat.format(
                context.getApplication().getResourceBundle(context, "msg").getString("dashboard.rating"),
                Math.round(rating.satisfiedShare() * 100), rating.answers(), OWN_RATING_DAYS);
    }

    static final int OWN_RATING_DAYS = 30;

    /** The agent's own CSAT of the last 30 days, for the top bar; null without ratings. */
    public String getOwnRating() {
        return ownRating;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void saveChatCap() {
        if (!isSupervisor()) {
            throw new IllegalStateException("Only supervisors set the chat capacity");
        }
        capacityLimits.change(shopId, chatCap);
        try {
            shopSettings.changeResponseTimes(shopId, new ResponseTimes(Duration.ofSeconds(apologyAfter),
                    Duration.ofSeconds(rerouteAfter), Duration.ofSeconds(abandonAfter)));
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public int getApologyAfter() {
        return apologyAfter;
    }

    public void setApologyAfter(int apologyAfter) {
        this.apologyAfter = apologyAfter;
    }

    public int getRerouteAfter() {
        return rerouteAfter;
    }

    public void setRerouteAfter(int rerouteAfter) {
        this.rerouteAfter = rerouteAfter;
    }

    public int getAbandonAfter() {
        return abandonAfter;
    }

    public void setAbandonAfter(int abandonAfter) {
        this.abandonAfter = abandonAfter;
    }

    public int getOpenChats() {
        return capacity.openChats(shopId);
    }

    public Integer getChatCap() {
        return chatCap;
    }

    public void setChatCap(Integer chatCap) {
        this.chatCap = chatCap;
    }

    /** Shopper text for display: without bidi controls ({@link BidiControls}). */
    public String plain(String text) {
        return BidiControls.strip(text);
    }

    private void loadContactMessages() {
        latestContactMessages = contactMessages.latestOf(shopId, 50);
        mailsByMessage = outbox.latestOf(shopId, 200).stream().filter(mail -> mail.contactMessageId() != null)
                .collect(Collectors.groupingBy(OutboxMail::contactMessageId));
    }

    /** The mails about one contact message: the team's copy and the shopper's confirmation. */
    public List<OutboxMail> mails(ContactMessage message) {
        return mailsByMessage.getOrDefault(message.id(), List.of());
    }

    /** A parked mail goes back on the queue for a fresh series of attempts. */
    public void retryMail(String mailId) {
        try {
            outbox.retry(shopId, mailId);
        } catch (OfflineRefused e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        loadContactMessages();
    }

    public void markDone(String messageId) {
        try {
            contactMessages.markDone(shopId, username, messageId);
        } catch (OfflineRefused e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        loadContactMessages();
    }

    public void startAnswer(String messageId) {
        answering = latestContactMessages.stream().filter(m -> m.id().equals(messageId)).findFirst().orElse(null);
        answerText = "";
    }

    /** Sends the answer through the outbox; the dialog closes only when it is queued. */
    public void sendAnswer() {
        try {
            contactMessages.answer(shopId, username, answering.id(), answerText);
            PrimeFaces.current().ajax().addCallbackParam("sent", true);
            answering = null;
        } catch (OfflineRefused e) {
            FacesContext.getCurrentInstance().addMessage("answer-form", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        loadContactMessages();
    }

    /** "ma 24 nov., in de ochtend" — the day (if any) and the window the shopper chose. */
    public String callbackWhen(ContactMessage message) {
        if (!message.isCallback()) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String window = context.getApplication().getResourceBundle(context, "msg")
                .getString("callback.window." + message.callbackWindow().key());
        return message.callbackDay() == null ? window : DateTimeFormatter.ofPattern("EEE d MMM", context.getViewRoot().getLocale())
                .format(message.callbackDay()) + ", " + window;
    }

    public ContactMessage getAnswering() {
        return answering;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public boolean retryable(OutboxMail mail) {
        return mail.status() == MailStatus.DEAD || mail.status() == MailStatus.NOT_CONFIGURED;
    }

    public List<ContactMessage> getContactMessages() {
        return latestContactMessages;
    }

    public String logout() throws ServletException, IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        DeviceCookie.of(request).ifPresent(device -> pushSubscriptions.loggedOut(username, device));
        request.logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/dashboard/");
        return null;
    }

    public AgentStatus[] getStatuses() {
        return AgentStatus.values();
    }

    public String statusKey(AgentStatus status) {
        return "status." + statusValue(status);
    }

    /** The status as the agent socket's presence frames spell it. */
    public String statusValue(AgentStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

}
