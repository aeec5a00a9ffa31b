package nl.shopfloor.security.boundary;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@link CrossSiteRequests} in front of the login mechanism: the container asks it about every request before any
 * servlet filter runs, and it answers the login form's POST itself, so {@link CrossSiteRequestFilter} never sees
 * that one — without this guard another site's page could log a browser in (login CSRF).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class CrossSiteLoginGuard implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    CrossSiteRequests crossSiteRequests;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        try {
            if (crossSiteRequests.refused(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return mechanism.validateRequest(request, response, context);
    }
}
