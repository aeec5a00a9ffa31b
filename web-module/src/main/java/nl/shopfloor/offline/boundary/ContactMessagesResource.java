package nl.shopfloor.offline.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.function.Supplier;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.offline.control.ContactMessages;
import nl.shopfloor.offline.control.OfflineRefused;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * What shoppers left while nobody could chat, for the logged-in agent's shop: messages and call-back
 * requests; answer a message by e-mail, mark a call-back done. web.xml lets every agent in.
 */
@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactMessagesResource {

    static final int LATEST = 100;

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    ContactMessages messages;

    @GET
    public JsonArray latest() {
        JsonArrayBuilder list = CachedJson.createArrayBuilder();
        messages.latestOf(caller().shopId(), LATEST).forEach(message -> list.add(toJson(message)));
        return list.build();
    }

    @POST
    @Path("{id}/done")
    public JsonObject done(@PathParam("id") String id) {
        Agent caller = caller();
        return toJson(refusingBadRequests(() -> messages.markDone(caller.shopId(), caller.username(), id)));
    }

    /** {@code {"text": "..."}}: mailed to the shopper through the outbox, reply-to the team. */
    @POST
    @Path("{id}/answer")
    public JsonObject answer(@PathParam("id") String id, JsonObject body) {
        Agent caller = caller();
        String text = JsonBody.text(JsonBody.required(body, "{\"text\": \"...\"}"), "text", ContactMessage.MAX_TEXT);
        return toJson(refusingBadRequests(() -> messages.answer(caller.shopId(), caller.username(), id, text)));
    }

    static JsonObject toJson(ContactMessage message) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("id", message.id())
                .add("kind", message.kind().name().toLowerCase(Locale.ROOT))
                .add("name", message.name())
                .add("topic", message.topic())
                .add("text", message.text())
                .add("createdAt", message.createdAt().toString());
        if (message.email() != null) {
            json.add("email", message.email());
        }
        if (message.isCallback()) {
            json.add("phone", message.phone()).add("window", message.callbackWindow().key());
            if (message.callbackDay() != null) {
                json.add("day", message.callbackDay().toString());
            }
        }
        if (message.isHandled()) {
            json.add("handledBy", message.handledBy()).add("handledAt", message.handledAt().toString());
        }
        return json.build();
    }

    private static ContactMessage refusingBadRequests(Supplier<ContactMessage> action) {
        try {
            return action.get();
        } catch (OfflineRefused e) {
            throw JsonBody.badRequest(e.getMessage());
        }
    }

    private Agent caller() {
        return agents.find(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
