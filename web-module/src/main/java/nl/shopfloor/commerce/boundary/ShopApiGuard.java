package nl.shopfloor.commerce.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.shopfloor.CachedJson;
import nl.shopfloor.SlidingWindow;
import nl.shopfloor.commerce.control.ApiKeys;
import nl.shopfloor.commerce.control.ApiKeys.Caller;
import nl.shopfloor.commerce.entity.KeyScope;

/**
 * Opens the shop API to a valid key and to nothing else (commerce M1): {@code Authorization: Bearer sfk_…}. No key
 * or an unknown, revoked or malformed one: 401; a read key that tries to write: 403; more than
 * {@link #CALLS_PER_MINUTE} calls a minute with one key: 429 with {@code Retry-After}. An agent's session cookie
 * counts for nothing here. Every call is logged with its key's id, one line.
 */
@Provider
@ShopApi
@Priority(Priorities.AUTHENTICATION)
public class ShopApiGuard implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CALLER = ShopApiGuard.class.getName() + ".caller";
    static final int CALLS_PER_MINUTE = 600;
    private static final Logger LOG = Logger.getLogger("nl.shopfloor.api");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SlidingWindow CALLS = new SlidingWindow(Clock.systemUTC(), CALLS_PER_MINUTE, Duration.ofMinutes(1));

    @Inject
    ApiKeys keys;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<Caller> caller = token == null ? Optional.empty() : keys.verify(token);
        if (caller.isEmpty()) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED, token == null ? "api_key_required" : "api_key_invalid",
                    token == null ? "Send the shop's API key: Authorization: Bearer sfk_…" : "This API key is unknown or revoked")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shopfloor\"").build());
            return;
        }
        request.setProperty(CALLER, caller.get());
        KeyScope needed = READS.contains(request.getMethod()) ? KeyScope.READ : KeyScope.WRITE;
        if (!caller.get().scope().allows(needed)) {
            request.abortWith(refusal(Response.Status.FORBIDDEN, "read_only_key", "This API key may only read").build());
        } else if (!CALLS.tryAcquire(caller.get().keyId())) {
            request.abortWith(refusal(Response.Status.TOO_MANY_REQUESTS, "rate_limited",
                    "At most " + CALLS_PER_MINUTE + " calls a minute per key; batch endpoints take thousands of items per call")
                    .header(HttpHeaders.RETRY_AFTER, 60).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object caller = request.getProperty(CALLER);
        String key = caller instanceof Caller known ? known.keyId() + " (shop " + known.shopId() + ")" : "none";
        // the raw path: a decoded one could carry a line break into the log
        LOG.info(() -> "API " + request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + " key " + key
                + " -> " + response.getStatus());
    }

    /** The key's caller of a request this guard let through (JAX-RS properties are the servlet request's attributes). */
    public static Caller callerOf(HttpServletRequest request) {
        return (Caller) request.getAttribute(CALLER);
    }

    private static Response.ResponseBuilder refusal(Response.Status status, String code, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", reason).add("code", code).build());
    }
}
