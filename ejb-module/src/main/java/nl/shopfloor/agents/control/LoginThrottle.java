package nl.shopfloor.agents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down per account and per client address (A5): failures count against both, a
 * wait in force refuses every attempt (the right password too), a success clears the account's own count
 * only — an attacker's own valid login must not wipe the count of the address they guess from.
 * In memory per server instance; a restart forgets.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "shopfloor.login.account-free-failures", defaultValue = "5")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "shopfloor.login.address-free-failures", defaultValue = "20")
    int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "shopfloor.login.first-wait-seconds", defaultValue = "1")
    int firstWaitSeconds;

    @Inject
    @ConfigProperty(name = "shopfloor.login.max-wait-seconds", defaultValue = "60")
    int maxWaitSeconds;

    @Inject
    @ConfigProperty(name = "shopfloor.login.forget-after-minutes", defaultValue = "15")
    int forgetAfterMinutes;

    @Inject
    @ConfigProperty(name = "shopfloor.login.max-tracked-keys", defaultValue = "10000")
    int maxTrackedKeys;

    Clock clock = Clock.systemUTC();

    private Penalties accounts;
    private Penalties addresses;

    @PostConstruct
    void start() {
        Duration first = Duration.ofSeconds(firstWaitSeconds);
        Duration max = Duration.ofSeconds(maxWaitSeconds);
        Duration forget = Duration.ofMinutes(forgetAfterMinutes);
        accounts = new Penalties(accountFreeFailures, first, max, forget, maxTrackedKeys, clock);
        addresses = new Penalties(addressFreeFailures, first, max, forget, maxTrackedKeys, clock);
    }

    /** Zero when this account may try from this address now, else how long it must wait. */
    public Duration waitFor(String username, String clientAddress) {
        Duration account = accounts.waitFor(key(username));
        Duration address = addresses.waitFor(clientAddress);
        return account.compareTo(address) >= 0 ? account : address;
    }

    public void failed(String username, String clientAddress) {
        accounts.failed(key(username));
        addresses.failed(clientAddress);
    }

    public void succeeded(String username) {
        accounts.reset(key(username));
    }

    /** MariaDB compares names without case, so "Sanne" and "sanne" are one account to guess at. */
    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
