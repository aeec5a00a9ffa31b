package nl.shopfloor.presentation.kpi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.shopfloor.agents.control.AgentAccounts;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.chat.entity.ChatOrigin;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.kpi.control.KpiFilter;
import nl.shopfloor.kpi.control.SalesFigures;
import nl.shopfloor.kpi.control.ShopFigures;
import nl.shopfloor.kpi.control.ShopFigures.AgentFigures;
import nl.shopfloor.kpi.control.TeamFigures;

/**
 * The KPI page for supervisors and admins (kpi K7; web.xml keeps agents off it): the figures of a period exactly as
 * {@code /api/kpi} gives them ({@link SalesFigures}, nothing computed here but their text) for the period and filter
 * (K9) chosen, a trend, the agents and the teams.
 */
@Named
@ViewScoped
public class KpiView implements Serializable {

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient SalesFigures sales;
    @Inject
    transient Clock clock;
    @Inject
    transient AgentAccounts accounts;
    @Inject
    transient WidgetTexts widgetTexts;

    private String shopId;
    private ZoneId zone;
    private Map<String, String> names;
    private List<Team> teams;
    private List<String> topics;
    private String team;
    private String agent;
    private String topic;
    private String page;
    private ChatOrigin origin;
    private PeriodForm period;
    private ShopFigures figures;
    private Trend trend;

    @PostConstruct
    void load() {
        shopId = agents.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElseThrow().shopId();
        zone = shops.find(shopId).orElseThrow().zone();
        names = agents.ofShop(shopId).stream().collect(Collectors.toMap(Agent::username, Agent::displayName));
        teams = accounts.teams(shopId);
        topics = accounts.topics(shopId);
        period = new PeriodForm(PeriodChoice.WEEK, LocalDate.now(clock.withZone(zone)));
        show();
    }

    public void show() {
        if (!period.settle(LocalDate.now(clock.withZone(zone)))) {
            return;
        }
        LocalDate first = period.getFrom();
        LocalDate last = period.getTo();
        KpiFilter filter = new KpiFilter(team, agent, topic, page == null || page.isBlank() ? null : page.strip(), origin);
        figures = sales.of(shopId, first, last, filter);
        trend = Trend.of(sales, shopId, first, last, filter);
    }

    public String count(long count) {
        return format().count(count);
    }

    public String percent(Double ratio) {
        return format().percent(ratio);
    }

    public String money(BigDecimal amount) {
        return format().money(amount);
    }

    public String seconds(Duration duration) {
        return format().seconds(duration);
    }

    public String day(LocalDate day) {
        return format().day(day);
    }

    /** "6.6× the site" for the chat's conversion against the site's, "–" when either is unknown. */
    public String getConversionTimesSite() {
        return timesSite(figures.chatConversion(), figures.siteConversion());
    }

    public String getOrderValueTimesSite() {
        return timesSite(decimal(figures.chatAverageOrderValue()), decimal(figures.siteAverageOrderValue()));
    }

    private String timesSite(Double chat, Double site) {
        String times = format().times(chat, site);
        return times == null ? KpiFormat.NONE : MessageFormat.format(text("kpi.timesSite"), times);
    }

    public String getCountsChart() {
        return TrendCharts.counts(trend, locale(), text("kpi.conversations"), text("kpi.creditedOrders"));
    }

    public String getConversionsChart() {
        return TrendCharts.conversions(trend, locale(), text("kpi.chatConversion"), text("kpi.siteConversion"));
    }

    public String getServiceChart() {
        return TrendCharts.service(trend, locale(), text("kpi.csat.satisfied"),
                MessageFormat.format(text("kpi.withinTarget"), figures.responses().target().toSeconds()));
    }

    /** The topic as the shopper read it in the widget, in the supervisor's language. */
    public String topicLabel(String key) {
        return widgetTexts.of(locale().getLanguage()).getOrDefault("topic." + key, key);
    }

    public String originLabel(ChatOrigin origin) {
        return text("kpi.origin." + origin.name());
    }

    public String averageStars(Double stars) {
        return stars == null ? KpiFormat.NONE : format().decimal(stars);
    }

    public String name(String username) {
        return names.getOrDefault(username, username);
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private KpiFormat format() {
        return new KpiFormat(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    public ShopFigures getFigures() {
        return figures;
    }

    public List<AgentFigures> getAgentFigures() {
        return figures.agents();
    }

    public List<TeamFigures> getTeamFigures() {
        return figures.teams();
    }

    public List<Team> getTeams() {
        return teams;
    }

    /** The shop's agents by name, for the agent filter. */
    public List<String> getAgentChoices() {
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    public List<String> getTopics() {
        return topics;
    }

    public ChatOrigin[] getOrigins() {
        return ChatOrigin.values();
    }

    public Trend getTrend() {
        return trend;
    }

    public int getMaxDailyDays() {
        return Trend.MAX_DAILY_DAYS;
    }

    public PeriodForm getPeriod() {
        return period;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public ChatOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(ChatOrigin origin) {
        this.origin = origin;
    }

    public int getMaxPage() {
        return KpiFilter.MAX_PAGE;
    }
}
