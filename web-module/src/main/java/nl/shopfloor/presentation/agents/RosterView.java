package nl.shopfloor.presentation.agents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.shopfloor.ClockTimes;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.RosterRefused;
import nl.shopfloor.agents.control.Rosters;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.RosterShift;
import nl.shopfloor.agents.entity.Rotation;
import nl.shopfloor.agents.entity.WorkChannel;

/** The week roster of the shop's agents: who works on chat, phone or e-mail when; rotations and single shifts. */
@Named
@ViewScoped
public class RosterView implements Serializable {

    /** One row of the page: an agent, where the roster has them now, and their shifts per day. */
    public record Row(Agent agent, WorkChannel now, List<List<RosterShift>> days) {

        public boolean hasShifts() {
            return days.stream().anyMatch(day -> !day.isEmpty());
        }
    }

    @Inject
    transient Agents agents;
    @Inject
    transient Rosters rosters;

    private String shopId;
    private List<Row> rows;
    private LocalDateTime localNow;

    private List<String> rotationAgents = new ArrayList<>();
    // Strings, not enums: a multiple selection into a List cannot tell Faces which converter to use.
    private List<String> rotationChannels = new ArrayList<>(List.of("CHAT", "PHONE", "EMAIL"));
    private List<String> rotationDays = new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    private String rotationFrom = "08:00";
    private String rotationTo = "18:00";
    private int blockMinutes = 120;

    private String shiftAgent;
    private DayOfWeek shiftDay = DayOfWeek.MONDAY;
    private String shiftFrom = "09:00";
    private String shiftTo = "11:00";
    private WorkChannel shiftChannel = WorkChannel.PHONE;

    @PostConstruct
    void load() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        shopId = agents.find(request.getRemoteUser()).orElseThrow().shopId();
        reload();
    }

    void reload() {
        localNow = rosters.localNow(shopId);
        rows = new ArrayList<>();
        rosters.rostersOf(shopId).forEach((agent, roster) -> rows.add(new Row(agent, roster.stepAt(localNow).channel(),
                days().stream().map(day -> roster.shifts().stream().filter(shift -> shift.day() == day).toList()).toList())));
    }

    public void rotate() {
        try {
            // The page offers the channels in a fixed order; keep that order whatever order they were ticked in.
            List<WorkChannel> channels = List.of(WorkChannel.values()).stream()
                    .filter(channel -> rotationChannels.contains(channel.name())).toList();
            Set<DayOfWeek> days = rotationDays.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
            rosters.rotate(shopId, rotationAgents, new Rotation(channels, days,
                    ClockTimes.parse(rotationFrom), ClockTimes.parse(rotationTo), blockMinutes));
            AgentsView.say(FacesMessage.SEVERITY_INFO, "roster.rotated", rotationAgents.size());
        } catch (IllegalArgumentException e) {
            AgentsView.say(FacesMessage.SEVERITY_ERROR, "roster.refused.invalid");
        } catch (RosterRefused refused) {
            refuse(refused);
        }
        reload();
    }

    public void addShift() {
        try {
            rosters.addShift(shopId, shiftAgent, shiftDay, ClockTimes.parse(shiftFrom), ClockTimes.parse(shiftTo),
                    shiftChannel);
            AgentsView.say(FacesMessage.SEVERITY_INFO, "roster.added");
        } catch (IllegalArgumentException e) {
            AgentsView.say(FacesMessage.SEVERITY_ERROR, "roster.refused.invalid");
        } catch (RosterRefused refused) {
            refuse(refused);
        }
        reload();
    }

    public void removeShift(String shiftId) {
        try {
            rosters.removeShift(shopId, shiftId);
            AgentsView.say(FacesMessage.SEVERITY_INFO, "roster.removed");
        } catch (RosterRefused refused) {
            refuse(refused);
        }
        reload();
    }

    public void clear(String username) {
        rosters.clear(shopId, Set.of(username));
        AgentsView.say(FacesMessage.SEVERITY_INFO, "roster.cleared");
        reload();
    }

    private static void refuse(RosterRefused refused) {
        AgentsView.say(FacesMessage.SEVERITY_ERROR, "roster.refused." + refused.reason().name().toLowerCase(Locale.ROOT));
    }

    public List<DayOfWeek> days() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale());
    }

    public String shortDayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale());
    }

    /** Quarter hours from 00:00 to 24:00, for the time menus. */
    public List<String> times() {
        return ClockTimes.quarterHours();
    }

    public List<Integer> blockLengths() {
        return List.of(30, 60, 90, 120, 180, 240);
    }

    public WorkChannel[] channels() {
        return WorkChannel.values();
    }

    public String localNowText() {
        return shortDayName(localNow.getDayOfWeek()) + " " + ClockTimes.text(localNow.getHour() * 60 + localNow.getMinute());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getRotationAgents() {
        return rotationAgents;
    }

    public void setRotationAgents(List<String> rotationAgents) {
        this.rotationAgents = rotationAgents;
    }

    public List<String> getRotationChannels() {
        return rotationChannels;
    }

    public void setRotationChannels(List<String> rotationChannels) {
        this.rotationChannels = rotationChannels;
    }

    public List<String> getRotationDays() {
        return rotationDays;
    }

    public void setRotationDays(List<String> rotationDays) {
        this.rotationDays = rotationDays;
    }

    public String getRotationFrom() {
        return rotationFrom;
    }

    public void setRotationFrom(String rotationFrom) {
        this.rotationFrom = rotationFrom;
    }

    public String getRotationTo() {
        return rotationTo;
    }

    public void setRotationTo(String rotationTo) {
        this.rotationTo = rotationTo;
    }

    public int getBlockMinutes() {
        return blockMinutes;
    }

    public void setBlockMinutes(int blockMinutes) {
        this.blockMinutes = blockMinutes;
    }

    public String getShiftAgent() {
        return shiftAgent;
    }

    public void setShiftAgent(String shiftAgent) {
        this.shiftAgent = shiftAgent;
    }

    public DayOfWeek getShiftDay() {
        return shiftDay;
    }

    public void setShiftDay(DayOfWeek shiftDay) {
        this.shiftDay = shiftDay;
    }

    public String getShiftFrom() {
        return shiftFrom;
    }

    public void setShiftFrom(String shiftFrom) {
        this.shiftFrom = shiftFrom;
    }

    public String getShiftTo() {
        return shiftTo;
    }

    public void setShiftTo(String shiftTo) {
        this.shiftTo = shiftTo;
    }

    public WorkChannel getShiftChannel() {
        return shiftChannel;
    }

    public void setShiftChannel(WorkChannel shiftChannel) {
        this.shiftChannel = shiftChannel;
    }
}
