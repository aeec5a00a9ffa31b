package nl.shopfloor.presentation.kpi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
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
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.kpi.boundary.KpiJson;
import nl.shopfloor.kpi.control.SalesFigures;
import nl.shopfloor.kpi.control.ShopFigures;
import nl.shopfloor.kpi.control.ShopFigures.AgentFigures;

/**
 * The KPI page for supervisors and admins (kpi K7; web.xml keeps agents off it): the figures of a period exactly as
 * {@code /api/kpi} gives them ({@link SalesFigures}, nothing computed here but their text), a trend and the agents.
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

    private String shopId;
    private ZoneId zone;
    private Map<String, String> names;
    private PeriodChoice choice = PeriodChoice.WEEK;
    private LocalDate from;
    private LocalDate to;
    private ShopFigures figures;
    private Trend trend;

    @PostConstruct
    void load() {
        shopId = agents.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElseThrow().shopId();
        zone = shops.find(shopId).orElseThrow().zone();
        names = agents.ofShop(shopId).stream().collect(Collectors.toMap(Agent::username, Agent::displayName));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from = choice.firstDay(today);
        to = today;
        show();
    }

    public void show() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = choice == PeriodChoice.CUSTOM ? from : choice.firstDay(today);
        LocalDate last = choice == PeriodChoice.CUSTOM ? to : today;
        if (first == null || last == null || !KpiJson.isPeriod(first, last)) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(text("kpi.period.invalid"), KpiJson.MAX_DAYS), null));
            return;
        }
        from = first;
        to = last;
        figures = sales.of(shopId, first, last);
        trend = Trend.of(sales, shopId, first, last);
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

    public Trend getTrend() {
        return trend;
    }

    public int getMaxDailyDays() {
        return Trend.MAX_DAILY_DAYS;
    }

    public int getMaxDays() {
        return KpiJson.MAX_DAYS;
    }

    public PeriodChoice[] getChoices() {
        return PeriodChoice.values();
    }

    public PeriodChoice getChoice() {
        return choice;
    }

    public void setChoice(PeriodChoice choice) {
        this.choice = choice;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
