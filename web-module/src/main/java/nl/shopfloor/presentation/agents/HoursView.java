package nl.shopfloor.presentation.agents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import nl.shopfloor.ClockTimes;
import nl.shopfloor.agents.control.AgentAccounts;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.offline.control.BusinessHours;
import nl.shopfloor.offline.control.OfflineRefused;
import nl.shopfloor.offline.entity.Holiday;
import nl.shopfloor.offline.entity.OpeningPeriod;

/** Opening hours per team (one period per day here; the API takes several) and the shop's holidays. */
@Named
@ViewScoped
public class HoursView implements Serializable {

    /** One day of one team's week on the page. */
    public static final class Day implements Serializable {
        private final DayOfWeek day;
        private boolean open;
        private String from = "09:00";
        private String to = "17:00";

        Day(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    /** A team and its week; no open day: the team has no hours and is always open. */
    public record TeamWeek(Team team, List<Day> days) implements Serializable {
        public boolean hasHours() {
            return days.stream().anyMatch(Day::isOpen);
        }
    }

    @Inject
    transient Agents agents;
    @Inject
    transient AgentAccounts accounts;
    @Inject
    transient BusinessHours hours;

    private String shopId;
    private List<TeamWeek> weeks;
    private List<Holiday> holidays;
    private boolean open;
    private LocalDate holidayDay;
    private String holidayName;

    @PostConstruct
    void load() {
        shopId = agents.find(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()).orElseThrow().shopId();
        reload();
    }

    void reload() {
        List<OpeningPeriod> periods = hours.periods(shopId);
        weeks = new ArrayList<>();
        for (Team team : accounts.teams(shopId)) {
            List<Day> days = new ArrayList<>();
            for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
                Day day = new Day(dayOfWeek);
                periods.stream().filter(p -> p.teamId().equals(team.id()) && p.day() == dayOfWeek).findFirst().ifPresent(p -> {
                    day.setOpen(true);
                    day.setFrom(ClockTimes.text(p.openMinute()));
                    day.setTo(ClockTimes.text(p.closeMinute()));
                });
                days.add(day);
            }
            weeks.add(new TeamWeek(team, days));
        }
        holidays = hours.holidays(shopId);
        open = hours.isShopOpen(shopId);
    }

    public void save(String teamId) {
        TeamWeek week = weeks.stream().filter(w -> w.team().id().equals(teamId)).findFirst().orElseThrow();
        try {
            hours.replaceWeek(shopId, teamId, week.days().stream().filter(Day::isOpen)
                    .map(day -> new BusinessHours.Period(day.getDay(), ClockTimes.parse(day.getFrom()), ClockTimes.parse(day.getTo())))
                    .toList());
            AgentsView.say(FacesMessage.SEVERITY_INFO, "hours.saved", week.team().name());
        } catch (OfflineRefused | IllegalArgumentException e) {
            AgentsView.say(FacesMessage.SEVERITY_ERROR, "hours.refused", week.team().name());
        }
        reload();
    }

    public void addHoliday() {
        try {
            hours.addHoliday(shopId, holidayDay, holidayName);
            AgentsView.say(FacesMessage.SEVERITY_INFO, "hours.holiday.added", holidayName);
            holidayDay = null;
            holidayName = null;
        } catch (OfflineRefused e) {
            AgentsView.say(FacesMessage.SEVERITY_ERROR, "hours.holiday.refused");
        }
        reload();
    }

    public void removeHoliday(String holidayId) {
        try {
            hours.removeHoliday(shopId, holidayId);
        } catch (OfflineRefused e) {
            AgentsView.say(FacesMessage.SEVERITY_ERROR, "hours.holiday.refused");
        }
        reload();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<String> times() {
        return ClockTimes.quarterHours();
    }

    public List<TeamWeek> getWeeks() {
        return weeks;
    }

    public List<Holiday> getHolidays() {
        return holidays;
    }

    public boolean isOpen() {
        return open;
    }

    public LocalDate getHolidayDay() {
        return holidayDay;
    }

    public void setHolidayDay(LocalDate holidayDay) {
        this.holidayDay = holidayDay;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }
}
