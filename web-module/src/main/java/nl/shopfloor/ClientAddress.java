package nl.shopfloor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address of the client a request comes from, for limits per client. The direct peer, unless the peer is
 * one of the trusted proxies (env {@code SHOPFLOOR_TRUSTED_PROXIES}, comma-separated exact addresses, default
 * none): then the right-most address in {@code X-Forwarded-For} that is not a trusted proxy — everything left
 * of it may have been written by the client itself.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED_PROXIES = parse(System.getenv("SHOPFLOOR_TRUSTED_PROXIES"));
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:\\[\\]]{2,47}");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders("X-Forwarded-For"));
        return of(request.getRemoteAddr(), headers.isEmpty() ? null : String.join(",", headers));
    }

    /** {@code forwardedFor}: the {@code X-Forwarded-For} header value(s), comma-joined, or null. */
    public static String of(String remoteAddress, String forwardedFor) {
        return of(remoteAddress, forwardedFor, TRUSTED_PROXIES);
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!trustedProxies.contains(hop)) {
                // A trusted proxy wrote this entry; garbage here means a misconfigured proxy, so count the proxy.
                return ADDRESS.matcher(hop).matches() ? hop : remoteAddress;
            }
        }
        return remoteAddress;
    }

    static Set<String> parse(String proxies) {
        return proxies == null ? Set.of() : Arrays.stream(proxies.split(","))
                .map(String::strip).filter(proxy -> !proxy.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
