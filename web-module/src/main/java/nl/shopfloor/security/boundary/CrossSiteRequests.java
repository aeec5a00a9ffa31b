package nl.shopfloor.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing requests sent by another site's page (S-CSRF): a browser names the page's origin in
 * {@code Origin} and tells in {@code Sec-Fetch-Site} whether the page was ours. A request with neither header
 * does not come from a browser page (a script, curl, the shop's backend) and cannot carry a victim's cookie, so
 * it passes. {@code same-site} is refused as well: a sibling subdomain is not our page.
 */
@ApplicationScoped
public class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

    @Inject
    OwnOrigins ownOrigins;

    /** True when the request was refused: the response is then written and committed. */
    public boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String foreign = SAFE_METHODS.contains(request.getMethod()) ? null : foreignSender(request);
        if (foreign == null) {
            return false;
        }
        Refusals.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "cross_site_request", foreign,
                "Refused: this request was sent from another site's page.",
                "Geweigerd: dit verzoek kwam van de pagina van een andere site.");
        return true;
    }

    private String foreignSender(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && FOREIGN_SITES.contains(site.trim().toLowerCase(Locale.ROOT))) {
            return "Sec-Fetch-Site: " + site;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !ownOrigins.includes(origin, request)) {
            return "Origin: " + origin;
        }
        return null;
    }
}
