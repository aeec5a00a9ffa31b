package nl.shopfloor;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A REST call that failed in a way nobody foresaw: a 500 with a JSON body that names nothing of the inside,
 * and one log line with where it broke (the whole stack trace at FINE), so a caller cannot flood the log.
 * Every bad input is refused before it gets here (JsonBody); this is the net under that.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        String where = root + (trace.length > 0 ? " at " + trace[0] : "");
        LOG.warning(() -> "REST call failed: " + where);
        LOG.log(Level.FINE, "REST call failure in full", e);
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", "Something went wrong; please try again").build()).build();
    }
}
