package nl.shopfloor;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON that could not be read or written is the caller's mistake: 400, never a 500. Bodies are read by
 * {@link JsonBodyReader}, which answers with the reason itself; this covers JSON-P failures anywhere else,
 * with a fixed text: the parser's messages are not meant for callers.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return JsonBody.badRequest("The request body is not valid JSON").getResponse();
    }
}
