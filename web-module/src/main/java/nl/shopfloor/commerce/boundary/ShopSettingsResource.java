package nl.shopfloor.commerce.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.control.ShopSettings;
import nl.shopfloor.commerce.entity.ResponseTimes;

/** The logged-in supervisor's shop settings. web.xml restricts it to supervisors and admins. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopSettingsResource {

    static final int MAX_SECONDS = 24 * 3600;

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    ShopSettings settings;

    @GET
    @Path("response-times")
    public JsonObject responseTimes() {
        return toJson(settings.responseTimes(shopOfCaller()));
    }

    /** {@code {"apologyAfter": 20, "rerouteAfter": 45, "abandonAfter": 180}}, in seconds. */
    @PUT
    @Path("response-times")
    public JsonObject changeResponseTimes(JsonObject body) {
        JsonBody.required(body, "{\"apologyAfter\": 20, \"rerouteAfter\": 45, \"abandonAfter\": 180}");
        ResponseTimes times;
        try {
            times = new ResponseTimes(seconds(body, "apologyAfter"), seconds(body, "rerouteAfter"), seconds(body, "abandonAfter"));
        } catch (IllegalArgumentException e) {
            throw JsonBody.badRequest(e.getMessage());
        }
        return toJson(settings.changeResponseTimes(shopOfCaller(), times));
    }

    @GET
    @Path("attribution")
    public JsonObject attribution() {
        return attributionJson(settings.attributionDays(shopOfCaller()));
    }

    /** {@code {"days": 7}}: how long after a chat an order of the same visitor or customer is credited to it, 1 to 30. */
    @PUT
    @Path("attribution")
    public JsonObject changeAttribution(JsonObject body) {
        int days = JsonBody.wholeNumber(JsonBody.required(body, "{\"days\": 7}"), "days", 1, 30);
        return attributionJson(settings.changeAttributionDays(shopOfCaller(), days));
    }

    private static JsonObject attributionJson(int days) {
        return CachedJson.createObjectBuilder().add("days", days).build();
    }

    private static Duration seconds(JsonObject body, String field) {
        return Duration.ofSeconds(JsonBody.wholeNumber(body, field, 0, MAX_SECONDS));
    }

    private static JsonObject toJson(ResponseTimes times) {
        return CachedJson.createObjectBuilder()
                .add("apologyAfter", times.apologyAfter().toSeconds())
                .add("rerouteAfter", times.rerouteAfter().toSeconds())
                .add("abandonAfter", times.abandonAfter().toSeconds())
                .build();
    }

    private String shopOfCaller() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
