package nl.shopfloor.kpi.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may see which shop's wall: a logged-in supervisor or admin sees their own shop; an unattended screen
 * shows {@code shopfloor.wall-shop} with the deployment's {@code shopfloor.wall-token} (none configured:
 * token access is off). Roles come from {@link HttpServletRequest#isUserInRole}: Jakarta Security's
 * {@code SecurityContext.isCallerInRole} answered false for a logged-in supervisor in this application.
 */
@ApplicationScoped
public class WallAccess {

    static final int MIN_TOKEN_LENGTH = 16;
    private static final Logger LOG = Logger.getLogger(WallAccess.class.getName());

    @Inject
    @ConfigProperty(name = "shopfloor.wall-token")
    Optional<String> token;
    @Inject
    @ConfigProperty(name = "shopfloor.wall-shop", defaultValue = "demo")
    String tokenShop;
    @Inject
    Agents agents;

    @PostConstruct
    void warnAboutWeakTokens() {
        if (token.filter(t -> t.length() < MIN_TOKEN_LENGTH).isPresent()) {
            LOG.warning("shopfloor.wall-token is shorter than " + MIN_TOKEN_LENGTH + " characters: wall token access is off");
        }
    }

    /** The shop this request may see; 401 without a login or valid token, 403 for a logged-in non-supervisor. */
    public String shopOf(HttpServletRequest request, String givenToken) {
        if (request.isUserInRole("supervisor") || request.isUserInRole("admin")) {
            return agents.find(request.getUserPrincipal().getName()).map(Agent::shopId)
                    .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
        }
        if (matches(token, givenToken)) {
            return tokenShop;
        }
        if (request.getUserPrincipal() != null) {
            throw new ForbiddenException("The wall is for supervisors");
        }
        throw new NotAuthorizedException("Log in as a supervisor or open the wall with its token", "WallToken");
    }

    /** Constant time: both sides are hashed to the same length first, then compared with {@link MessageDigest#isEqual}. */
    static boolean matches(Optional<String> configured, String given) {
        if (given == null || configured.filter(t -> t.length() >= MIN_TOKEN_LENGTH).isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sha256(configured.get()), sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
