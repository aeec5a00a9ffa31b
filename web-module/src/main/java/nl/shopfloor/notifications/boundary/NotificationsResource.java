package nl.shopfloor.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import nl.shopfloor.CachedJson;
import nl.shopfloor.Ids;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.entity.DashboardLanguage;
import nl.shopfloor.notifications.control.NotificationChoices;
import nl.shopfloor.notifications.control.PushSubscriptions;
import nl.shopfloor.notifications.control.SubscriptionRefused;
import nl.shopfloor.notifications.control.VapidKeys;
import nl.shopfloor.notifications.entity.NotificationChoice;
import nl.shopfloor.notifications.entity.NotificationKind;
import nl.shopfloor.notifications.entity.SubscriptionLimits;

/**
 * The logged-in agent's notifications (notifications N2, N3): the server's public VAPID key to subscribe with, the
 * browser's push subscription in the shape {@code PushSubscription.toJSON()} gives it, and the agent's choices. web.xml
 * lets every agent in; the security filters refuse state changes from other sites (S-CSRF).
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    private static final Logger LOG = Logger.getLogger(NotificationsResource.class.getName());
    private static final String SUBSCRIPTION = "{\"endpoint\": \"https://...\", \"keys\": {\"p256dh\": \"...\", \"auth\": \"...\"}}";
    private static final JsonObject SUBSCRIBED = CachedJson.createObjectBuilder().add("subscribed", true).build();
    private static final String CHOICES = "{\"kinds\": [\"new_chat\", \"message\", \"waiting\", \"take_over\"], \"sound\": true}";

    @Inject
    SecurityContext security;
    @Inject
    VapidKeys vapidKeys;
    @Inject
    PushSubscriptions subscriptions;
    @Inject
    NotificationChoices choices;
    @Context
    HttpServletRequest request;

    @GET
    @Path("key")
    public JsonObject key() {
        return CachedJson.createObjectBuilder().add("publicKey", vapidKeys.publicKey()).build();
    }

    @POST
    @Path("subscriptions")
    public Response subscribe(JsonObject body) {
        JsonBody.required(body, SUBSCRIPTION);
        if (!(body.get("keys") instanceof JsonObject keys)) {
            throw refused("'keys' must be an object: " + SUBSCRIPTION);
        }
        String language = DashboardLanguage.best(Collections.list(request.getLocales())).tag();
        String device = DeviceCookie.of(request).orElseGet(Ids::random);
        try {
            subscriptions.subscribe(caller(), JsonBody.text(body, "endpoint", SubscriptionLimits.MAX_ENDPOINT),
                    JsonBody.text(keys, "p256dh", 100), JsonBody.text(keys, "auth", 100), language, device);
            return Response.status(Response.Status.CREATED).cookie(DeviceCookie.of(request, device))
                    .entity(SUBSCRIBED).build();
        } catch (SubscriptionRefused e) {
            throw refused(e.getMessage());
        } catch (BadRequestException e) {
            LOG.info(() -> "Push subscription refused for " + caller() + ": a field is missing, not text or too long");
            throw e;
        }
    }

    /** Whether this browser's subscription is the caller's: another agent may have subscribed in it since. */
    @GET
    @Path("subscriptions")
    public JsonObject subscribed(@QueryParam("endpoint") String endpoint) {
        if (!subscriptions.isSubscribed(caller(), checkedEndpoint(endpoint))) {
            throw JsonBody.notFound("No such subscription of yours");
        }
        return SUBSCRIBED;
    }

    @DELETE
    @Path("subscriptions")
    public Response unsubscribe(@QueryParam("endpoint") String endpoint) {
        if (!subscriptions.unsubscribe(caller(), checkedEndpoint(endpoint))) {
            throw JsonBody.notFound("No such subscription of yours");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("choices")
    public JsonObject choices() {
        return json(choices.of(caller()));
    }

    @PUT
    @Path("choices")
    public JsonObject choose(JsonObject body) {
        JsonBody.required(body, CHOICES);
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String name : JsonBody.strings(body, "kinds", NotificationKind.values().length, 20)) {
            kinds.add(NotificationKind.ofWireName(name).orElseThrow(() -> refused("'kinds' may hold only: new_chat, message, waiting, take_over")));
        }
        JsonValue sound = body.get("sound");
        if (sound != JsonValue.TRUE && sound != JsonValue.FALSE) {
            throw refused("'sound' must be true or false");
        }
        return json(choices.choose(caller(), kinds, sound == JsonValue.TRUE));
    }

    private String checkedEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isEmpty() || endpoint.length() > SubscriptionLimits.MAX_ENDPOINT) {
            throw refused("'endpoint' must be the subscription's endpoint URL, at most " + SubscriptionLimits.MAX_ENDPOINT + " characters");
        }
        return endpoint;
    }

    private static JsonObject json(NotificationChoice choice) {
        JsonArrayBuilder kinds = CachedJson.createArrayBuilder();
        choice.kinds().forEach(kind -> kinds.add(kind.wireName()));
        return CachedJson.createObjectBuilder().add("kinds", kinds).add("sound", choice.sound()).build();
    }

    private BadRequestException refused(String message) {
        LOG.info(() -> "Notifications request refused for " + caller() + ": " + message);
        return JsonBody.badRequest(message);
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
