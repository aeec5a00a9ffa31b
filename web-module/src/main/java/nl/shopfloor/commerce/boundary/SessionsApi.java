package nl.shopfloor.commerce.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.kpi.boundary.KpiJson;
import nl.shopfloor.kpi.control.SessionCounts;
import nl.shopfloor.kpi.control.SessionDayRefused;

/**
 * {@code /api/v1/sessions}: web sessions per day. The widget counts the pages it is on by itself; a shop posts a
 * day's count for pages without the widget ({@code PUT /api/v1/sessions/2026-11-30 {"sessions": 1234}}), which
 * replaces what it posted for that day before. {@code GET ?from=&to=} lists both per day (docs/shop-api.md).
 */
@ShopApi
@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsApi {

    static final int MAX_SESSIONS_A_DAY = 100_000_000;

    @Inject
    SessionCounts counts;
    @Context
    HttpServletRequest request;

    @PUT
    @Path("{day}")
    public JsonObject put(@PathParam("day") String day, JsonObject body) {
        LocalDate date = day(day, "the path");
        int sessions = JsonBody.wholeNumber(JsonBody.required(body, "{\"sessions\": 1234}"), "sessions", 0, MAX_SESSIONS_A_DAY);
        try {
            counts.putShopSessions(shop(), date, sessions);
        } catch (SessionDayRefused refused) {
            throw JsonBody.badRequest(refused.getMessage());
        }
        return CachedJson.createObjectBuilder().add("day", date.toString()).add("sessions", sessions).build();
    }

    @GET
    public JsonObject list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = KpiJson.period(from, to);
        JsonArrayBuilder days = CachedJson.createArrayBuilder();
        counts.inPeriod(shop(), period[0], period[1]).forEach(row -> days.add(CachedJson.createObjectBuilder().add("day", row.day().toString())
                .add("source", row.source().name().toLowerCase(Locale.ROOT)).add("sessions", row.sessions())));
        return CachedJson.createObjectBuilder().add("days", days).build();
    }

    private static LocalDate day(String text, String where) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw JsonBody.badRequest(where + " must be a day such as 2026-11-30");
        }
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }
}
