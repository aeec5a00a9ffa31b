package nl.shopfloor.presentation.kpi;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.shopfloor.kpi.boundary.KpiJson;

/**
 * The period a figures page shows, as its form holds it: one of the choices (this week, this month, …) or custom
 * days, held to the same bounds as a period of the API ({@link KpiJson#isPeriod}).
 */
public class PeriodForm implements Serializable {

    private PeriodChoice choice;
    private LocalDate from;
    private LocalDate to;

    PeriodForm(PeriodChoice choice, LocalDate today) {
        this.choice = choice;
        this.from = choice.firstDay(today);
        this.to = today;
    }

    /** {@code ?from=2026-11-01&to=2026-11-30} sets custom days when they make a period; anything else is ignored. */
    void link(Map<String, String> parameters) {
        try {
            LocalDate first = LocalDate.parse(parameters.getOrDefault("from", ""));
            LocalDate last = LocalDate.parse(parameters.getOrDefault("to", ""));
            if (KpiJson.isPeriod(first, last)) {
                choice = PeriodChoice.CUSTOM;
                from = first;
                to = last;
            }
        } catch (DateTimeParseException notAPeriod) {
            // the period stays as it was
        }
    }

    /**
     * Fixes the days to show as of today: a choice's own days, or the custom ones when they make a period. Custom days
     * that do not are refused with a message on the page, and the figures shown stay those of the last period.
     */
    boolean settle(LocalDate today) {
        LocalDate first = choice == PeriodChoice.CUSTOM ? from : choice.firstDay(today);
        LocalDate last = choice == PeriodChoice.CUSTOM ? to : today;
        if (first == null || last == null || !KpiJson.isPeriod(first, last)) {
            FacesContext context = FacesContext.getCurrentInstance();
            String text = context.getApplication().getResourceBundle(context, "msg").getString("kpi.period.invalid");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MessageFormat.format(text, KpiJson.MAX_DAYS), null));
            return false;
        }
        from = first;
        to = last;
        return true;
    }

    public PeriodChoice[] getChoices() {
        return PeriodChoice.values();
    }

    public int getMaxDays() {
        return KpiJson.MAX_DAYS;
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
