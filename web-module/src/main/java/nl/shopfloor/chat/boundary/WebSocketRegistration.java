package nl.shopfloor.chat.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import java.util.List;
import java.util.logging.Logger;

/**
 * Registers the WebSocket endpoints by hand: on Payara Micro 6.2025.10 annotation scanning leaves them
 * unregistered in some boots (ARCHITECTURE.md). Declared in web.xml; readiness checks {@link #isComplete()}.
 * First it gives the container a cheap scheduler for its idle timeouts ({@link IdleTimeouts}).
 */
public class WebSocketRegistration implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(WebSocketRegistration.class.getName());
    private static final List<Class<?>> ENDPOINTS = List.of(ShopperEndpoint.class, AgentEndpoint.class);
    private static volatile boolean complete;
    private IdleTimeouts idleTimeouts;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServerContainer container = (ServerContainer) event.getServletContext()
                .getAttribute("jakarta.websocket.server.ServerContainer");
        if (container == null) {
            LOG.severe("No WebSocket container: chat cannot work");
            return;
        }
        idleTimeouts = IdleTimeouts.unmanage(container);
        int registered = 0;
        for (Class<?> endpoint : ENDPOINTS) {
            try {
                container.addEndpoint(endpoint);
                registered++;
            } catch (DeploymentException e) {
                // Scanning got there first: the path is taken by this very endpoint.
                LOG.fine(() -> endpoint.getSimpleName() + " was registered by scanning: " + e.getMessage());
                registered++;
            }
        }
        complete = registered == ENDPOINTS.size();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (idleTimeouts != null) {
            idleTimeouts.restore();
        }
    }

    public static boolean isComplete() {
        return complete;
    }
}
