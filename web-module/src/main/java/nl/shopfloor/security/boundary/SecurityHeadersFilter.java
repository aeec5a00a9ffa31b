package nl.shopfloor.security.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response (S-HEAD). Pages may run scripts from our own files only — no inline
 * script, no eval, no plugins — may not be framed by anyone, and may send forms and connections (the
 * WebSocket included) only to us. Inline styles stay allowed: PrimeFaces positions its widgets with them and the
 * widget styles its shadow DOM with a style element.
 *
 * <p>Faces pages get the script part from PrimeFaces ({@code primefaces.CSP} in web.xml), which adds a per-response
 * nonce for the scripts it writes into the page; this filter gives them the rest as a second policy (a browser
 * enforces both). The widget's files get no policy: they run inside the shop's page, under the shop's own policy,
 * and must stay loadable from any origin.
 */
public class SecurityHeadersFilter implements Filter {

    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String FACES_PAGES_BESIDES_SCRIPTS = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/widget/")) {
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy",
                    request.getServletPath().endsWith(".xhtml") ? FACES_PAGES_BESIDES_SCRIPTS : PAGES);
        }
        chain.doFilter(req, res);
    }
}
