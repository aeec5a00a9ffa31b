package nl.shopfloor.agents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import nl.shopfloor.CachedJson;
import nl.shopfloor.ClientAddress;
import nl.shopfloor.agents.control.Logins;
import nl.shopfloor.agents.control.Logins.LoggedIn;
import nl.shopfloor.agents.control.Logins.MustWait;

/**
 * The agents' form login: {@code login.xhtml} posts to {@code j_security_check}; a page that needs a login
 * shows the form in its place and comes back after it. The session remembers the agent's name and groups,
 * and every later request hands exactly these to the container.
 *
 * <p>Why not {@code @FormAuthenticationMechanismDefinition}: its auto-applied session passes the session's
 * principal object back to Payara (6.2025.10, unchanged in 6.2025.11), which looks for the matching groups in a
 * principal it parked on the thread's security context — on most request threads one JVM-wide default object.
 * Logged-in requests of different sessions at the same instant overwrite each other's, the caller loses its
 * groups and the security constraint answers 403 (5 of 6 dashboards once, SimultaneousAgentHandshakesIT).
 * A name and groups handed over explicitly never take that path.
 *
 * <p>Without a login, pages (GET, no WebSocket upgrade, outside {@code /api}) show the login form; API calls and
 * the dashboard socket's handshake get 401 with a JSON reason instead, which a script can act on (A6).
 * Logins are throttled ({@link Logins}, A5): while a wait is in force the form comes back with it
 * ({@code ?wait=seconds}), a caller that does not ask for HTML gets 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class AgentFormLogin implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String FAILED_PAGE = "/login.xhtml?failed=true";
    static final String WAIT_PAGE = "/login.xhtml?wait=";
    static final String HOME = "/dashboard/";
    private static final String SIGNED_IN = AgentFormLogin.class.getName() + ".signedIn";
    private static final String ASKED_FOR = AgentFormLogin.class.getName() + ".askedFor";

    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    Logins logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isLoginForm(request)) {
            return logIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            if (isApi(request) || isWebSocket(request)) {
                return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "login_required", "Log in first");
            }
            if (isPage(request)) {
                request.getSession().setAttribute(ASKED_FOR, pathAndQuery(request));
            }
            return context.forward(LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Logins.Outcome outcome = logins.logIn(request.getParameter("j_username"), request.getParameter("j_password"),
                ClientAddress.of(request));
        if (outcome instanceof MustWait mustWait) {
            long seconds = Math.max(1, mustWait.retryAfter().plusMillis(999).toSeconds());
            if (!wantsPage(request)) {
                response.setHeader("Retry-After", Long.toString(seconds));
                return refuse(response, 429, "too_many_attempts", "Too many failed logins; try again in " + seconds + " s");
            }
            return context.redirect(request.getContextPath() + WAIT_PAGE + seconds);
        }
        if (!(outcome instanceof LoggedIn loggedIn)) {
            return context.redirect(request.getContextPath() + FAILED_PAGE);
        }
        if (request.getSession(false) != null) {
            // A session that existed before the login must not become the logged-in one (session fixation).
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN, new SignedIn(loggedIn.username(), Set.of(loggedIn.group())));
        String askedFor = (String) session.getAttribute(ASKED_FOR);
        session.removeAttribute(ASKED_FOR);
        return context.redirect(askedFor != null ? askedFor : request.getContextPath() + HOME);
    }

    /**
     * Answered here rather than by the container, which would send its HTML error page. A committed response is left
     * alone: an agent socket's upgraded request is checked again when a log-out ends its session, after its 101.
     */
    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String error, String message) {
        if (response.isCommitted()) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(CachedJson.createObjectBuilder().add("error", error).add("message", message).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** A browser's form post asks for HTML; a script's call usually does not. */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/j_security_check")
                && request.getParameter("j_username") != null
                && request.getParameter("j_password") != null;
    }

    /** A page to come back to after the login; a WebSocket handshake is not one. */
    private static boolean isPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && !isWebSocket(request);
    }

    /** Only this upgrade: clients such as Java's HttpClient ask for {@code Upgrade: h2c} on ordinary requests. */
    private static boolean isWebSocket(HttpServletRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
