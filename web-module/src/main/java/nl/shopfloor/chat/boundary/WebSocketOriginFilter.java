package nl.shopfloor.chat.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.shopfloor.ClientAddress;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.security.boundary.OwnOrigins;

/**
 * Refuses WebSocket handshakes from pages that may not open them, before the upgrade: the shopper socket
 * only from the shop's own origins and within {@link AddressLimits}, the agent socket only from our own
 * (against cross-site hijacking of a logged-in agent's session). Declared in web.xml so it runs before the
 * container's WebSocket filter, to which it passes the handshake with the client's address
 * ({@link SocketAddress}).
 */
public class WebSocketOriginFilter implements Filter {

    @Inject
    Shops shops;
    @Inject
    AddressLimits handshakes;

    @Inject
    OwnOrigins ownOrigins;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String origin = request.getHeader("Origin");
        String ownOrigin = OwnOrigins.addressed(request);
        String clientAddress = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        if (path.startsWith("/ws/shopper")) {
            Optional<Shop> shop = shops.find(request.getParameter("shop"));
            if (shop.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown shop");
                return;
            }
            if (!shop.get().allowsOrigin(origin, ownOrigin)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "This page may not open the chat");
                return;
            }
            if (!handshakes.admit(clientAddress)) {
                response.setHeader("Retry-After", Long.toString(handshakes.retryAfterSeconds()));
                response.sendError(429, "Too many new connections from your address; try again later");
                return;
            }
        } else if (path.startsWith("/ws/agent")) {
            if (origin == null || !ownOrigins.includes(origin, request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-origin dashboard connection refused");
                return;
            }
        }
        chain.doFilter(SocketAddress.from(request, clientAddress), res);
    }
}
