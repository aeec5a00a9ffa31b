package nl.shopfloor;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every refusal of the REST API is JSON: ours carry {@code {"error": reason}} already; the framework's own
 * (404, 405, 415, 406 …) would otherwise become the server's HTML error page, and their messages may name
 * classes ("MessageBodyReader not found for … interface jakarta.json.JsonObject"), so they get the status's
 * reason phrase only.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response response = e.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        Response.StatusType status = response.getStatusInfo();
        Response.ResponseBuilder json = Response.fromResponse(response).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", status.getReasonPhrase()).build());
        return json.build();
    }
}
