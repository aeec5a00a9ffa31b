package nl.shopfloor.chat.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.websocket.Session;
import java.lang.reflect.Method;

/**
 * The client address of a WebSocket, resolved once at the handshake and kept as the session's user property
 * {@link #PROPERTY} for per-address limits. The WebSocket API has no remote address; the handshake is a servlet
 * request, so {@link WebSocketOriginFilter} hands the container a request whose {@code getRemoteAddr()} is
 * already the client behind our proxies ({@link nl.shopfloor.ClientAddress}), and Tyrus, which records that
 * address for each session ({@code TyrusSession#getRemoteAddr}), gives it back at {@code @OnOpen}. Read
 * reflectively: Tyrus' classes are the server's, not an API the application compiles against.
 */
final class SocketAddress {

    static final String PROPERTY = "shopfloor.clientAddress";

    private SocketAddress() {
    }

    /** The handshake as the container should see it: from {@code clientAddress}. */
    static HttpServletRequest from(HttpServletRequest handshake, String clientAddress) {
        return new HttpServletRequestWrapper(handshake) {
            @Override
            public String getRemoteAddr() {
                return clientAddress;
            }
        };
    }

    /** Called once in {@code @OnOpen}: the address the handshake came from, kept on the session; null if unknown. */
    static String remember(Session session) {
        String address = remoteAddressOf(session);
        if (address != null) {
            session.getUserProperties().put(PROPERTY, address);
        }
        return address;
    }

    static String of(Session session) {
        return (String) session.getUserProperties().get(PROPERTY);
    }

    private static String remoteAddressOf(Session session) {
        try {
            Method getter = session.getClass().getMethod("getRemoteAddr");
            return getter.invoke(session) instanceof String address ? address : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
