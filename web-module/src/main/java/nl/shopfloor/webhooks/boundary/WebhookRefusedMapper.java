package nl.shopfloor.webhooks.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.shopfloor.CachedJson;
import nl.shopfloor.webhooks.control.WebhookRefused;

/** A refused webhook operation of the shop API: 404 for an unknown id, 409 for one that cannot be done now, else 400. */
@Provider
public class WebhookRefusedMapper implements ExceptionMapper<WebhookRefused> {

    @Override
    public Response toResponse(WebhookRefused refused) {
        Response.Status status = switch (refused.reason()) {
            case NO_SUCH_SUBSCRIPTION, NO_SUCH_DELIVERY -> Response.Status.NOT_FOUND;
            case DELIVERED_ALREADY, TOO_MANY -> Response.Status.CONFLICT;
            case INVALID_URL, PRIVATE_ADDRESS, NO_EVENTS -> Response.Status.BAD_REQUEST;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", refused.getMessage()).build()).build();
    }
}
