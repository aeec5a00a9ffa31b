package nl.shopfloor.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@link CrossSiteRequests} for every request that reaches a resource: REST calls, Faces postbacks, pages. */
public class CrossSiteRequestFilter implements Filter {

    @Inject
    CrossSiteRequests crossSiteRequests;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!crossSiteRequests.refused((HttpServletRequest) req, (HttpServletResponse) res)) {
            chain.doFilter(req, res);
        }
    }
}
