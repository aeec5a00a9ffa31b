package nl.shopfloor.offline.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.SlidingWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many messages and call-back requests one visitor, one e-mail address or phone number, and one client
 * address may leave within a window (O8). Each is a MicroProfile Config setting
 * ({@code SHOPFLOOR_LIMITS_CONTACT_PER_IP} etc. in the environment). The defaults let a real shopper write
 * again and again and a whole company behind one NAT address write a hundred times an hour, and stop a
 * script from filling the team's mailbox.
 */
@ApplicationScoped
public class ContactLimits {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.contact.window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.contact.per-visitor", defaultValue = "5")
    int perVisitor;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.contact.per-address", defaultValue = "5")
    int perAddress;

    @Inject
    @ConfigProperty(name = "shopfloor.limits.contact.per-ip", defaultValue = "100")
    int perIp;

    private SlidingWindow visitors;
    private SlidingWindow addresses;
    private SlidingWindow clients;

    @PostConstruct
    void start() {
        visitors = new SlidingWindow(clock, perVisitor, window);
        addresses = new SlidingWindow(clock, perAddress, window);
        clients = new SlidingWindow(clock, perIp, window);
    }

    /**
     * Counts one more message from this visitor, client address and e-mail addresses / phone numbers (null
     * ones are skipped), or refuses it and counts nothing.
     */
    public synchronized void admit(String visitorId, String clientAddress, String email, String phone) {
        List<Runnable> counts = new ArrayList<>();
        check(visitors, "visitor:" + visitorId, counts);
        if (clientAddress != null) {
            check(clients, clientAddress, counts);
        }
        if (email != null) {
            check(addresses, "email:" + email.toLowerCase(Locale.ROOT), counts);
        }
        if (phone != null) {
            check(addresses, "phone:" + phone.replaceAll("[^0-9]", ""), counts);
        }
        counts.forEach(Runnable::run);
    }

    private void check(SlidingWindow limit, String key, List<Runnable> counts) {
        if (!limit.allows(key)) {
            throw new TooManyContacts(window);
        }
        counts.add(() -> limit.count(key));
    }
}
