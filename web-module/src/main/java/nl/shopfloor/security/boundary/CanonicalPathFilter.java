package nl.shopfloor.security.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses request paths that are not written the one plain way (S-PATH) with 400: a session id in the URL
 * ({@code ;jsessionid=}, which Payara 6.2025.10 honours even with cookie-only session tracking: it logged the request
 * in), other path parameters ({@code ;x}), empty segments ({@code //}), dot segments ({@code /./}, {@code /../}) and encoded
 * dots, slashes, backslashes, semicolons, percent signs or NULs. Our own pages never produce such a URL, and
 * refusing them means the security constraints in web.xml and the resource that answers always see the same path.
 */
public class CanonicalPathFilter implements Filter {

    private static final Pattern NOT_CANONICAL = Pattern.compile(
            ";|//|\\\\|%2e|%2f|%5c|%3b|%25|%00|/\\.\\.?(/|$)", Pattern.CASE_INSENSITIVE);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // Payara strips ;jsessionid= from the URI before any filter sees it, and then honours it.
        if (request.isRequestedSessionIdFromURL() || !canonical(request.getRequestURI())) {
            Refusals.refuse(request, (HttpServletResponse) res, HttpServletResponse.SC_BAD_REQUEST, "bad_path",
                    "path not in canonical form",
                    "Bad request: this address is not written in its plain form.",
                    "Ongeldig verzoek: dit adres is niet in zijn gewone vorm geschreven.");
            return;
        }
        chain.doFilter(req, res);
    }

    /** {@code rawPath}: the path as sent, still percent-encoded. */
    static boolean canonical(String rawPath) {
        return rawPath != null && !NOT_CANONICAL.matcher(rawPath.toLowerCase(Locale.ROOT)).find();
    }
}
