package nl.shopfloor.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.shopfloor.commerce.entity.Shop;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The origins our own pages have (S-CSRF): the scheme, host and port the request was addressed to, and the public
 * URL of a server behind a proxy ({@code SHOPFLOOR_PUBLIC_URL}, e.g. {@code https://chat.example.com}), where the
 * Host header the server sees is not the one the browser used.
 */
@ApplicationScoped
public class OwnOrigins {

    @Inject
    @ConfigProperty(name = "shopfloor.public-url")
    Optional<String> publicUrl;

    public boolean includes(String origin, HttpServletRequest request) {
        return Shop.sameOrigin(origin, addressed(request))
                || publicUrl.filter(url -> !url.isBlank()).map(url -> Shop.sameOrigin(origin, url)).orElse(false);
    }

    /** Our origin as the browser saw it; a TLS-terminating proxy tells the scheme in X-Forwarded-Proto. */
    public static String addressed(HttpServletRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        String scheme = proto == null || proto.isBlank() ? request.getScheme() : proto.split(",")[0].trim();
        String host = request.getHeader("Host");
        return scheme + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host);
    }
}
