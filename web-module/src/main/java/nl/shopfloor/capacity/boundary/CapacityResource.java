package nl.shopfloor.capacity.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.capacity.control.OpenChats;
import nl.shopfloor.capacity.control.CapacityLimits;
import nl.shopfloor.capacity.control.Availabilities;

/** The logged-in supervisor's shop: its chat cap, open chats and availability. web.xml restricts it to supervisors and admins. */
@Path("capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

    static final int MAX_CAP = 10_000;

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    Capacity capacity;
    @Inject
    CapacityLimits limits;
    @Inject
    Availabilities availabilities;

    @GET
    public JsonObject current() {
        String shop = shopOfCaller();
        OpenChats load = capacity.snapshot(shop);
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("openChats", load.total())
                .add("availability", availabilities.now(shop).state().name().toLowerCase(java.util.Locale.ROOT));
        return (load.cap() == null ? json.addNull("cap") : json.add("cap", load.cap())).build();
    }

    /** {@code {"cap": 20}} or {@code {"cap": null}} for no shop-wide cap. */
    @PUT
    public JsonObject change(JsonObject body) {
        String example = "{\"cap\": n} or {\"cap\": null}";
        if (!JsonBody.required(body, example).containsKey("cap")) {
            throw JsonBody.badRequest("Send " + example);
        }
        limits.change(shopOfCaller(), JsonBody.optionalWholeNumber(body, "cap", 0, MAX_CAP));
        return current();
    }

    private String shopOfCaller() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
