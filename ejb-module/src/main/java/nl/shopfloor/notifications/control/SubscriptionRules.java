package nl.shopfloor.notifications.control;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import nl.shopfloor.notifications.entity.SubscriptionLimits;

/**
 * What a browser's subscription must be before the server will ever call its endpoint (N3): an https URL of at most
 * {@link SubscriptionLimits#MAX_ENDPOINT} characters, without user info or fragment; a P-256 public key that is a point
 * on the curve (65 bytes, uncompressed) and a 16-byte auth secret, both base64url. Plain http only to this machine
 * ({@code 127.0.0.1}, {@code localhost}) and only when the demo/test setting allows it: the server would otherwise post
 * to any address a logged-in agent names.
 */
public final class SubscriptionRules {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    private SubscriptionRules() {
    }

    public record Checked(URI endpoint, String p256dh, String auth) {
    }

    public static Checked check(String endpoint, String p256dh, String auth, boolean allowLocalHttp) {
        return new Checked(endpoint(endpoint, allowLocalHttp), publicKey(p256dh), auth(auth));
    }

    static URI endpoint(String endpoint, boolean allowLocalHttp) {
        if (endpoint == null || endpoint.isEmpty() || endpoint.length() > SubscriptionLimits.MAX_ENDPOINT) {
            throw new SubscriptionRefused("'endpoint' must be a URL of at most " + SubscriptionLimits.MAX_ENDPOINT + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new SubscriptionRefused("'endpoint' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null || !uri.isAbsolute()) {
            throw new SubscriptionRefused("'endpoint' must be an absolute URL with a host, without user info or fragment");
        }
        boolean localHttp = scheme.equals("http") && LOOPBACK.contains(host);
        if (!scheme.equals("https") && !(localHttp && allowLocalHttp)) {
            throw new SubscriptionRefused(localHttp ? "'endpoint' over http is allowed only in the demo and tests"
                    : "'endpoint' must be an https URL");
        }
        return uri;
    }

    static String publicKey(String p256dh) {
        byte[] point = decode(p256dh, "keys.p256dh");
        if (point.length != 65 || point[0] != 4 || !onCurve(point)) {
            throw new SubscriptionRefused("'keys.p256dh' must be an uncompressed P-256 public key (65 bytes, base64url)");
        }
        return p256dh;
    }

    static String auth(String auth) {
        if (decode(auth, "keys.auth").length != 16) {
            throw new SubscriptionRefused("'keys.auth' must be 16 bytes, base64url");
        }
        return auth;
    }

    private static byte[] decode(String value, String field) {
        if (value == null || value.length() > 100) {
            throw new SubscriptionRefused("'" + field + "' must be base64url");
        }
        try {
            return Base64.getUrlDecoder().decode(value.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new SubscriptionRefused("'" + field + "' must be base64url");
        }
    }

    /** y² = x³ - 3x + b (mod p): a key off the curve would make the ECDH an invalid-curve attack's oracle. */
    private static boolean onCurve(byte[] point) {
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        return y.pow(2).mod(P).equals(right);
    }
}
