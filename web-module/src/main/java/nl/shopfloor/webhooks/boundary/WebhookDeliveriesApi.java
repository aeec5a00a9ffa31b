package nl.shopfloor.webhooks.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.shopfloor.Ids;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.webhooks.control.DeliveryLog;
import nl.shopfloor.webhooks.entity.WebhookDelivery;

/** {@code /api/v1/webhook-deliveries}: the shop's delivery log, newest first, and retry (webhooks W7). */
@ShopApi
@Path("v1/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveriesApi {

    static final int MAX_LIMIT = 100;

    @Inject
    DeliveryLog log;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject list(@QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("20") String limit) {
        return WebhooksJson.toJson(log.list(shop(), WebhooksJson.status(status), number("offset", offset, 0, 100_000),
                number("limit", limit, 1, MAX_LIMIT)));
    }

    /** A fresh series of attempts, starting now. */
    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") String id) {
        if (!Ids.isWellFormed(id)) {
            throw JsonBody.notFound("No webhook delivery with this id");
        }
        WebhookDelivery delivery = log.retry(shop(), id);
        return Response.accepted(WebhooksJson.toJson(delivery, null)).build();
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw JsonBody.badRequest("'" + name + "' is a whole number from " + min + " to " + max);
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }
}
