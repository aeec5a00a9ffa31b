package nl.shopfloor.agents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

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
 */
@ApplicationScoped
public class AgentFormLogin implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String FAILED_PAGE = "/login.xhtml?failed=true";
    static final String HOME = "/dashboard/";
    private static final String SIGNED_IN = AgentFormLogin.class.getName() + ".signedIn";
    private static final String ASKED_FOR = AgentFormLogin.class.getName() + ".askedFor";

    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isLoginForm(request)) {
            return logIn(request, context);
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
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

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(request.getParameter("j_username"), request.getParameter("j_password")));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + FAILED_PAGE);
        }
        if (request.getSession(false) != null) {
            // A session that existed before the login must not become the logged-in one (session fixation).
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        String askedFor = (String) session.getAttribute(ASKED_FOR);
        session.removeAttribute(ASKED_FOR);
        return context.redirect(askedFor != null ? askedFor : request.getContextPath() + HOME);
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/j_security_check")
                && request.getParameter("j_username") != null
                && request.getParameter("j_password") != null;
    }

    /** A page to come back to after the login; a WebSocket handshake is not one. */
    private static boolean isPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getHeader("Upgrade") == null;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
