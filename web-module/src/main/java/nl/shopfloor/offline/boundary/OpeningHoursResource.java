package nl.shopfloor.offline.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.ClockTimes;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.control.AgentAccounts;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.offline.control.BusinessHours;
import nl.shopfloor.offline.control.OfflineRefused;
import nl.shopfloor.offline.entity.Holiday;
import nl.shopfloor.offline.entity.OpeningPeriod;

/**
 * The logged-in supervisor's opening hours: per team a week of periods ("monday", "08:00"-"17:30", shop time),
 * and the shop's holidays. A team without periods is always open. web.xml restricts it to supervisors and admins.
 */
@Path("hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpeningHoursResource {

    /** Ten periods a day. */
    static final int MAX_PERIODS = 70;
    /** Room for spaces around the entity's 80 characters; the entity has the last word. */
    static final int MAX_HOLIDAY_NAME = 200;

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    AgentAccounts accounts;
    @Inject
    BusinessHours hours;

    @GET
    public JsonObject current() {
        String shop = shopOfCaller();
        List<OpeningPeriod> periods = hours.periods(shop);
        JsonArrayBuilder teams = CachedJson.createArrayBuilder();
        for (Team team : accounts.teams(shop)) {
            JsonArrayBuilder week = CachedJson.createArrayBuilder();
            periods.stream().filter(period -> period.teamId().equals(team.id())).forEach(period -> week.add(CachedJson.createObjectBuilder()
                    .add("day", period.day().name().toLowerCase(Locale.ROOT))
                    .add("from", ClockTimes.text(period.openMinute()))
                    .add("to", ClockTimes.text(period.closeMinute()))));
            teams.add(CachedJson.createObjectBuilder().add("id", team.id()).add("name", team.name()).add("periods", week));
        }
        JsonArrayBuilder holidays = CachedJson.createArrayBuilder();
        hours.holidays(shop).forEach(holiday -> holidays.add(holidayJson(holiday)));
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("localTime", hours.localNow(shop).withNano(0).toString())
                .add("open", hours.isShopOpen(shop))
                .add("teams", teams)
                .add("holidays", holidays);
        hours.nextOpening(shop).ifPresent(opensAt -> json.add("opensAt", opensAt.toString()));
        return json.build();
    }

    /** {@code {"periods": [{"day": "monday", "from": "08:00", "to": "17:30"}, ...]}}; an empty list: always open. */
    @PUT
    @Path("teams/{team}")
    public JsonObject replaceWeek(@PathParam("team") String teamId, JsonObject body) {
        String shop = shopOfCaller();
        String example = "{\"periods\": [{\"day\": \"monday\", \"from\": \"08:00\", \"to\": \"17:30\"}, ...]}";
        List<JsonObject> list = JsonBody.objects(JsonBody.required(body, example), "periods", MAX_PERIODS, example);
        List<BusinessHours.Period> week;
        try {
            week = list.stream().map(period -> new BusinessHours.Period(
                    day(text(period, "day")),
                    ClockTimes.parse(text(period, "from")), ClockTimes.parse(text(period, "to")))).toList();
        } catch (IllegalArgumentException e) {
            throw badRequest("Each period needs a day (monday to sunday) and times HH:mm from before to: " + e.getMessage());
        }
        try {
            hours.replaceWeek(shop, teamId, week);
        } catch (OfflineRefused e) {
            throw badRequest(e.getMessage());
        }
        return current();
    }

    /** {@code {"day": "2026-12-25", "name": "Kerstmis"}}. */
    @POST
    @Path("holidays")
    public Response addHoliday(JsonObject body) {
        String shop = shopOfCaller();
        String example = "{\"day\": \"YYYY-MM-DD\", \"name\": \"...\"}";
        JsonBody.required(body, example);
        String name = JsonBody.text(body, "name", MAX_HOLIDAY_NAME);
        LocalDate day;
        try {
            day = LocalDate.parse(JsonBody.text(body, "day", 10));
        } catch (DateTimeParseException e) {
            throw badRequest("'day' must be a date, YYYY-MM-DD: " + example);
        }
        try {
            return Response.status(Response.Status.CREATED).entity(holidayJson(hours.addHoliday(shop, day, name))).build();
        } catch (OfflineRefused e) {
            throw badRequest(e.getMessage());
        }
    }

    @DELETE
    @Path("holidays/{id}")
    public Response removeHoliday(@PathParam("id") String id) {
        try {
            hours.removeHoliday(shopOfCaller(), id);
        } catch (OfflineRefused e) {
            throw badRequest(e.getMessage());
        }
        return Response.noContent().build();
    }

    private static JsonObject holidayJson(Holiday holiday) {
        return CachedJson.createObjectBuilder().add("id", holiday.id()).add("day", holiday.day().toString()).add("name", holiday.name()).build();
    }

    /** The parse's own message would name the enum class. */
    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a day is monday to sunday, not " + name);
        }
    }

    /** A day name or a time: short strings; the parse below says what is wrong with them. */
    private static String text(JsonObject object, String field) {
        return JsonBody.text(object, field, 10);
    }

    private static BadRequestException badRequest(String message) {
        return JsonBody.badRequest(message);
    }

    private String shopOfCaller() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
