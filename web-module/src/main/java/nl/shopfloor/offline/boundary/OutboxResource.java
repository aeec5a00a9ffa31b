package nl.shopfloor.offline.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.offline.control.OfflineRefused;
import nl.shopfloor.offline.control.Outbox;
import nl.shopfloor.offline.entity.OutboxMail;

/** The logged-in supervisor's outbox: every mail with its status, and a retry for parked ones. web.xml restricts it. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    static final int LATEST = 200;

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    Outbox outbox;

    @GET
    public JsonArray latest() {
        JsonArrayBuilder mails = CachedJson.createArrayBuilder();
        outbox.latestOf(shopOfCaller(), LATEST).forEach(mail -> mails.add(toJson(mail)));
        return mails.build();
    }

    @POST
    @Path("{id}/retry")
    public JsonObject retry(@PathParam("id") String id) {
        try {
            return toJson(outbox.retry(shopOfCaller(), id));
        } catch (OfflineRefused e) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(CachedJson.createObjectBuilder().add("error", e.getMessage()).build()).build());
        }
    }

    static JsonObject toJson(OutboxMail mail) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("id", mail.id())
                .add("purpose", mail.purpose().name().toLowerCase(Locale.ROOT))
                .add("recipient", mail.recipient())
                .add("subject", mail.subject())
                .add("status", mail.status().name().toLowerCase(Locale.ROOT))
                .add("attempts", mail.attempts())
                .add("createdAt", mail.createdAt().toString());
        if (mail.contactMessageId() != null) {
            json.add("contactMessage", mail.contactMessageId());
        }
        if (mail.lastError() != null) {
            json.add("lastError", mail.lastError());
        }
        if (mail.sentAt() != null) {
            json.add("sentAt", mail.sentAt().toString());
        }
        return json.build();
    }

    private String shopOfCaller() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
