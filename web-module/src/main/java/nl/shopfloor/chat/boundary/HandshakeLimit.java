package nl.shopfloor.chat.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import nl.shopfloor.SlidingWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * New shopper sockets per client address within a window, checked before the upgrade (HTTP 429). Every
 * shop page opens one socket and a reconnecting widget another; 300 a minute from one address is far more
 * than the pages a company behind one NAT address opens, and far less than a script opening sockets to
 * exhaust the server. MicroProfile Config: {@code shopfloor.limits.shopper-sockets.per-ip} and
 * {@code .window} (SHOPFLOOR_LIMITS_SHOPPER_SOCKETS_PER_IP, ..._WINDOW).
 */
@ApplicationScoped
public class HandshakeLimit {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.shopper-sockets.per-ip", defaultValue = "300")
    int perIp;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.shopper-sockets.window", defaultValue = "PT1M")
    Duration window;

    private SlidingWindow sockets;

    @PostConstruct
    void start() {
        sockets = new SlidingWindow(clock, perIp, window);
    }

    boolean admit(String clientAddress) {
        return sockets.tryAcquire(clientAddress);
    }

    /** Seconds after which a refused address may surely try again. */
    long retryAfterSeconds() {
        return window.toSeconds();
    }
}
