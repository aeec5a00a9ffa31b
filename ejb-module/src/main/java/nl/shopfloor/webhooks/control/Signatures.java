package nl.shopfloor.webhooks.control;

import nl.shopfloor.Secrets;

/**
 * The {@code Shopfloor-Signature} header (W3): {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} under the
 * subscription's secret. The timestamp is signed with the body, so a receiver that refuses old timestamps refuses a
 * replayed delivery too.
 */
public final class Signatures {

    private Signatures() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + Secrets.hmacSha256(secret, unixSeconds + "." + body);
    }
}
