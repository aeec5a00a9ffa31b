package nl.shopfloor.agents.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.shopfloor.CachedJson;
import nl.shopfloor.ClockTimes;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.RosterRefused;
import nl.shopfloor.agents.control.Rosters;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.RosterShift;
import nl.shopfloor.agents.entity.Rotation;
import nl.shopfloor.agents.entity.WorkChannel;

/**
 * The logged-in supervisor's rosters, also for a workforce-management system to push. Days are ISO names in
 * lower case ("monday"), times "HH:mm" in the shop's time zone, channels chat/phone/email.
 * web.xml restricts it to supervisors and admins.
 */
@Path("roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RosterResource {

    static final int MAX_ITEMS = 100;
    static final int MAX_WORD = 40;

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    Rosters rosters;

    @GET
    public JsonObject roster() {
        String shop = shopOfCaller();
        LocalDateTime now = rosters.localNow(shop);
        JsonArrayBuilder list = CachedJson.createArrayBuilder();
        rosters.rostersOf(shop).forEach((agent, roster) -> {
            JsonArrayBuilder shifts = CachedJson.createArrayBuilder();
            roster.shifts().forEach(shift -> shifts.add(shiftJson(shift)));
            WorkChannel current = roster.stepAt(now).channel();
            list.add(CachedJson.createObjectBuilder()
                    .add("username", agent.username())
                    .add("name", agent.displayName())
                    .add("now", current == null ? JsonValue.NULL : CachedJson.createValue(current.key()))
                    .add("shifts", shifts));
        });
        return CachedJson.createObjectBuilder().add("localTime", now.withNano(0).toString()).add("agents", list).build();
    }

    /**
     * {@code {"agents": ["sanne", "mehmet"], "channels": ["chat", "phone", "email"], "days": ["monday", ...],
     * "from": "08:00", "to": "18:00", "blockMinutes": 120}} replaces these agents' shifts on these days.
     */
    @PUT
    @Path("rotation")
    public JsonObject rotate(JsonObject body) {
        String shop = shopOfCaller();
        JsonBody.required(body, "{\"agents\": [...], \"channels\": [...], \"days\": [...], \"from\": \"08:00\", \"to\": \"18:00\", \"blockMinutes\": 120}");
        List<String> usernames = strings(body, "agents", Function.identity());
        Rotation rotation = refusingBadValues(() -> new Rotation(
                strings(body, "channels", WorkChannel::of),
                Set.copyOf(strings(body, "days", RosterResource::day)),
                ClockTimes.parse(text(body, "from")),
                ClockTimes.parse(text(body, "to")),
                JsonBody.wholeNumber(body, "blockMinutes", Rotation.SHORTEST_BLOCK, ClockTimes.MINUTES_PER_DAY)));
        refusingBadValues(() -> {
            rosters.rotate(shop, usernames, rotation);
            return null;
        });
        return roster();
    }

    /** {@code {"agent": "sanne", "day": "monday", "from": "08:00", "to": "10:00", "channel": "phone"}}. */
    @POST
    @Path("shifts")
    public Response addShift(JsonObject body) {
        String shop = shopOfCaller();
        JsonBody.required(body, "{\"agent\": \"sanne\", \"day\": \"monday\", \"from\": \"08:00\", \"to\": \"10:00\", \"channel\": \"phone\"}");
        RosterShift shift = refusingBadValues(() -> rosters.addShift(shop, text(body, "agent"), day(text(body, "day")),
                ClockTimes.parse(text(body, "from")), ClockTimes.parse(text(body, "to")),
                WorkChannel.of(text(body, "channel"))));
        return Response.status(Response.Status.CREATED).entity(shiftJson(shift)).build();
    }

    @DELETE
    @Path("shifts/{id}")
    public Response removeShift(@PathParam("id") String id) {
        String shop = shopOfCaller();
        refusingBadValues(() -> {
            rosters.removeShift(shop, id);
            return null;
        });
        return Response.noContent().build();
    }

    @DELETE
    @Path("agents/{username}")
    public Response clear(@PathParam("username") String username) {
        rosters.clear(shopOfCaller(), Set.of(username));
        return Response.noContent().build();
    }

    private static JsonObject shiftJson(RosterShift shift) {
        return CachedJson.createObjectBuilder()
                .add("id", shift.id())
                .add("agent", shift.agentUsername())
                .add("day", shift.day().name().toLowerCase(Locale.ROOT))
                .add("from", shift.fromText())
                .add("to", shift.toText())
                .add("channel", shift.channel().key())
                .build();
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("A day is monday to sunday, not " + name);
        }
    }

    /** Usernames, day names, times and channels: all short. */
    private static String text(JsonObject body, String field) {
        return JsonBody.text(body, field, MAX_WORD);
    }

    private static <T> List<T> strings(JsonObject body, String field, Function<String, T> parse) {
        List<String> words = JsonBody.strings(body, field, MAX_ITEMS, MAX_WORD);
        return refusingBadValues(() -> words.stream().map(parse).toList());
    }

    private static <T> T refusingBadValues(Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException | RosterRefused e) {
            throw badRequest(e.getMessage());
        }
    }

    static BadRequestException badRequest(String message) {
        return JsonBody.badRequest(message);
    }

    private String shopOfCaller() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
