package nl.shopfloor;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is on the other end of a request: the peer's address, or — when the peer is one of our own proxies
 * (env {@code SHOPFLOOR_TRUSTED_PROXIES}, comma-separated addresses) — the nearest address in
 * {@code X-Forwarded-For} that is not one of them. Anyone else's X-Forwarded-For is ignored: a client could
 * write anything there. Per-address limits (sockets, contact messages, logins) key on this.
 */
public final class ClientAddress {

    public static final String TRUSTED_PROXIES_ENV = "SHOPFLOOR_TRUSTED_PROXIES";

    private static final Set<String> TRUSTED = parse(System.getenv(TRUSTED_PROXIES_ENV));

    private ClientAddress() {
    }

    /** With the trusted proxies of this process's environment. */
    public static String of(String remoteAddress, String forwardedFor) {
        return of(remoteAddress, forwardedFor, TRUSTED);
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        String client = remoteAddress == null ? "" : remoteAddress.strip();
        if (forwardedFor == null || !trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        // Right to left: each hop was added by the proxy after it; stop at the first one we do not run ourselves.
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!trustedProxies.contains(client)) {
                break;
            }
        }
        return client.length() > 45 ? client.substring(0, 45) : client;
    }

    static Set<String> parse(String addresses) {
        return addresses == null ? Set.of()
                : Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
