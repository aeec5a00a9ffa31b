package nl.shopfloor.webhooks.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.boundary.Concurrent;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.webhooks.control.Subscriptions;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/**
 * {@code /api/v1/webhooks}: the shop's webhook subscriptions by the shop's own id (webhooks W1, docs/webhooks.md). A PUT
 * creates (201, with the secret, shown this once) or replaces (200); a new or changed address is verified first (W2).
 */
@ShopApi
@Path("v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksApi {

    @Inject
    Subscriptions subscriptions;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject list() {
        var list = CachedJson.createArrayBuilder();
        subscriptions.ofShop(shop()).forEach(subscription -> list.add(WebhooksJson.toJson(subscription)));
        return CachedJson.createObjectBuilder().add("webhooks", list).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return WebhooksJson.toJson(existing(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, JsonObject body) {
        String ref = WebhooksJson.ref(id);
        WebhooksJson.Input input = WebhooksJson.input(body);
        Subscriptions.Put put = Concurrent.retried(() -> subscriptions.put(shop(), ref, input.url(), input.events(), input.enabled(), caller()));
        return Response.status(put.created() ? Response.Status.CREATED : Response.Status.OK).entity(WebhooksJson.toJson(put.shown())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(shop(), existing(id).id());
        return Response.noContent().build();
    }

    /** A new secret, shown this once; the old one no longer matches. */
    @POST
    @Path("{id}/secret")
    public JsonObject rotate(@PathParam("id") String id) {
        return WebhooksJson.toJson(subscriptions.rotate(shop(), existing(id).id()));
    }

    @POST
    @Path("{id}/test")
    public Response test(@PathParam("id") String id) {
        WebhookSubscription subscription = existing(id);
        return Response.accepted(WebhooksJson.toJson(subscriptions.test(shop(), subscription.id(), caller()), subscription.ref())).build();
    }

    private WebhookSubscription existing(String id) {
        return subscriptions.byRef(shop(), WebhooksJson.ref(id)).orElseThrow(() -> JsonBody.notFound("No webhook with this id"));
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }

    private String caller() {
        return "API key " + ShopApiGuard.callerOf(request).keyId();
    }
}
