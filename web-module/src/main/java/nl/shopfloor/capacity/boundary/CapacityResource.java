package nl.shopfloor.capacity.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.capacity.control.CapacityLimits;
import nl.shopfloor.capacity.control.Availabilities;

/** The logged-in supervisor's shop: its chat cap, open chats and availability. web.xml restricts it to supervisors and admins. */
@Path("capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

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
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("openChats", capacity.openChats(shop))
                .add("availability", availabilities.now(shop).state().name().toLowerCase(java.util.Locale.ROOT));
        Integer cap = capacity.cap(shop);
        return (cap == null ? json.addNull("cap") : json.add("cap", cap)).build();
    }

    /** {@code {"cap": 20}} or {@code {"cap": null}} for no shop-wide cap. */
    @PUT
    public JsonObject change(JsonObject body) {
        if (body == null || !body.containsKey("cap")) {
            throw new BadRequestException("Send {\"cap\": n} or {\"cap\": null}");
        }
        JsonValue value = body.get("cap");
        Integer cap;
        if (value == JsonValue.NULL) {
            cap = null;
        } else if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0 && number.longValue() <= 10_000) {
            cap = number.intValue();
        } else {
            throw new BadRequestException("'cap' must be a whole number from 0 to 10000, or null");
        }
        limits.change(shopOfCaller(), cap);
        return current();
    }

    private String shopOfCaller() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
