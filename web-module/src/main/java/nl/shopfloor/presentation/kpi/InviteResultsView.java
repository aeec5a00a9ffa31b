package nl.shopfloor.presentation.kpi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.invites.control.AbTest;
import nl.shopfloor.invites.control.InviteResults;
import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.invites.entity.Interval;
import nl.shopfloor.invites.entity.ResultsOfPeriod;
import nl.shopfloor.invites.entity.RuleResults;
import nl.shopfloor.invites.entity.Verdict;

/**
 * The A/B results page of the invite rules for supervisors and admins (invites I11; web.xml keeps agents off it): the
 * figures of a period as {@code /api/v1/invite-results} gives them ({@link InviteResults}), written out here. It sits
 * with the KPI pages, whose period choice and number formats it shares.
 */
@Named
@ViewScoped
public class InviteResultsView implements Serializable {

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient InviteResults inviteResults;
    @Inject
    transient Clock clock;

    private String shopId;
    private ZoneId zone;
    private PeriodForm period;
    private ResultsOfPeriod results;

    @PostConstruct
    void load() {
        shopId = agents.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElseThrow().shopId();
        zone = shops.find(shopId).orElseThrow().zone();
        period = new PeriodForm(PeriodChoice.MONTH, LocalDate.now(clock.withZone(zone)));
        period.link(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        show();
    }

    public void show() {
        if (period.settle(LocalDate.now(clock.withZone(zone)))) {
            results = inviteResults.of(shopId, period.getFrom(), period.getTo());
        }
    }

    public String arm(ArmFigures arm) {
        return arm.isControl() ? text("results.control") : MessageFormat.format(text("results.variant"), arm.variantRef());
    }

    public String metric(RuleResults rule) {
        return text("results.metric." + rule.metric().name());
    }

    /** The verdict in words, in the reader's language. */
    public String verdict(RuleResults rule) {
        Verdict verdict = rule.verdict();
        String metric = metric(rule);
        return switch (verdict.outcome()) {
            case VARIANT_WINS -> MessageFormat.format(text("results.verdict.VARIANT_WINS"), verdict.winner(), metric);
            case CONTROL_WINS -> MessageFormat.format(text("results.verdict.CONTROL_WINS"), metric);
            case NO_COMPARISON -> text("results.verdict.NO_COMPARISON");
            case NOT_YET -> verdict.visitorsStillNeeded() == null ? MessageFormat.format(text("results.verdict.NOT_YET.unknown"), metric)
                    : verdict.visitorsStillNeeded() == 0 ? MessageFormat.format(text("results.verdict.NOT_YET.unclear"), metric)
                    : MessageFormat.format(text("results.verdict.NOT_YET"), metric, count(verdict.visitorsStillNeeded()));
        };
    }

    public String count(long count) {
        return format().count(count);
    }

    public String percent(double ratio) {
        return format().percent(ratio);
    }

    public String money(BigDecimal amount) {
        return format().money(amount);
    }

    public String moneyPerVisitor(ArmFigures arm) {
        return format().money(arm.revenuePerVisitorRounded());
    }

    /** "1.2 % to 3.4 %" */
    public String percentRange(Interval interval) {
        return MessageFormat.format(text("results.range"), format().percent(interval.low()), format().percent(interval.high()));
    }

    /** "+4.0 points (0.5 to 7.5)": a difference of conversions in percentage points, or "–" for the control group. */
    public String pointsDifference(Interval interval) {
        if (interval == null) {
            return KpiFormat.NONE;
        }
        return MessageFormat.format(text("results.points"), signed(format().decimal(interval.estimate() * 100), interval.estimate()),
                format().decimal(interval.low() * 100), format().decimal(interval.high() * 100));
    }

    /** "+€ 1.20 (−€ 0.30 to € 2.70)", with "unknown" bounds below two visitors in an arm. */
    public String moneyDifference(Interval interval) {
        if (interval == null) {
            return KpiFormat.NONE;
        }
        if (Double.isInfinite(interval.low()) || Double.isInfinite(interval.high())) {
            return MessageFormat.format(text("results.money.unbounded"), signed(money(interval.estimate()), interval.estimate()));
        }
        return MessageFormat.format(text("results.money.range"), signed(money(interval.estimate()), interval.estimate()),
                money(interval.low()), money(interval.high()));
    }

    public boolean excludesZero(Interval interval) {
        return interval != null && interval.excludesZero();
    }

    private String money(double amount) {
        return format().money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
    }

    private static String signed(String text, double value) {
        return value > 0 ? "+" + text : text;
    }

    public String day(LocalDate day) {
        return format().day(day);
    }

    public int getConfidencePercent() {
        return (int) Math.round(AbTest.CONFIDENCE * 100);
    }

    public long getMinVisitors() {
        return AbTest.MIN_VISITORS;
    }

    public long getMinBuyers() {
        return AbTest.MIN_BUYERS;
    }

    public ResultsOfPeriod getResults() {
        return results;
    }

    public List<RuleResults> getRules() {
        return results == null ? List.of() : results.rules();
    }

    public PeriodForm getPeriod() {
        return period;
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
}
