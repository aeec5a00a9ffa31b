package nl.shopfloor.chat.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import nl.shopfloor.SlidingWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What one client address may do on the shopper socket within a window, whatever number of sockets it uses:
 * open sockets (checked before the upgrade, HTTP 429), say hello (a page view or a reconnect), start chats, ask
 * for article suggestions.
 * A company behind one NAT address opens far fewer pages and chats than these defaults; a script that opens
 * sockets, hellos or chats to exhaust the server or the agents gets refused. MicroProfile Config
 * {@code shopfloor.limits.shopper-sockets.per-ip}, {@code .hellos.per-ip}, {@code .starts.per-ip}, {@code .suggestions.per-ip} and their
 * {@code .window} (e.g. SHOPFLOOR_LIMITS_STARTS_PER_IP). An unknown address is not limited here.
 */
@ApplicationScoped
public class AddressLimits {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.shopper-sockets.per-ip", defaultValue = "300")
    int socketsPerIp;
    @Inject
    @ConfigProperty(name = "shopfloor.limits.shopper-sockets.window", defaultValue = "PT1M")
    Duration socketsWindow;
    @Inject
    @ConfigProperty(name = "shopfloor.limits.hellos.per-ip", defaultValue = "600")
    int hellosPerIp;
    @Inject
    @ConfigProperty(name = "shopfloor.limits.hellos.window", defaultValue = "PT1M")
    Duration hellosWindow;
    @Inject
    @ConfigProperty(name = "shopfloor.limits.starts.per-ip", defaultValue = "30")
    int startsPerIp;
    @Inject
    @ConfigProperty(name = "shopfloor.limits.starts.window", defaultValue = "PT1M")
    Duration startsWindow;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.suggestions.per-ip", defaultValue = "60")
    int suggestionsPerIp;
    @Inject
    @ConfigProperty(name = "shopfloor.limits.suggestions.window", defaultValue = "PT1M")
    Duration suggestionsWindow;

    private SlidingWindow sockets;
    private SlidingWindow suggestions;
    private SlidingWindow hellos;
    private SlidingWindow starts;

    @PostConstruct
    void start() {
        sockets = new SlidingWindow(clock, socketsPerIp, socketsWindow);
        hellos = new SlidingWindow(clock, hellosPerIp, hellosWindow);
        starts = new SlidingWindow(clock, startsPerIp, startsWindow);
        suggestions = new SlidingWindow(clock, suggestionsPerIp, suggestionsWindow);
    }

    boolean admit(String clientAddress) {
        return sockets.tryAcquire(clientAddress);
    }

    /** Seconds after which a refused address may surely open a socket again. */
    long retryAfterSeconds() {
        return socketsWindow.toSeconds();
    }

    /** False: the socket is closed with 1013 and the widget says hello again after its reconnect delay. */
    boolean hello(String clientAddress) {
        return clientAddress == null || hellos.tryAcquire(clientAddress);
    }

    void start(String clientAddress) {
        check(starts, clientAddress, startsWindow, "Too many chats from your network; try again in a minute");
    }

    /** Article suggestions while the shopper types (knowledge K4): the widget asks at most once a pause in typing. */
    void suggest(String clientAddress) {
        check(suggestions, clientAddress, suggestionsWindow, "Too many suggestion requests from your network; try again in a minute");
    }

    private static void check(SlidingWindow window, String clientAddress, Duration length, String message) {
        if (clientAddress != null && !window.tryAcquire(clientAddress)) {
            throw new Throttled(message, length);
        }
    }
}
