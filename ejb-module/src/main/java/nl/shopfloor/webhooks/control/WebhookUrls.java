package nl.shopfloor.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.webhooks.control.WebhookRefused.Reason;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/**
 * Which addresses Shopfloor posts to (W2): http or https, a host, no user name or password, no fragment; and unless
 * {@code allowPrivate}, a host whose every address is a public one, so that a shop cannot make Shopfloor call into
 * its own network (SSRF). Checked when a subscription is saved and again before every attempt, since DNS answers
 * change.
 */
public final class WebhookUrls {

    /** Looks a host name up; the unit tests give their own answers. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> addressesOf(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private WebhookUrls() {
    }

    /** The address as it will be called, or refused with the reason. */
    public static URI check(String url, boolean allowPrivate, Resolver resolver) {
        URI uri = parse(url);
        if (!allowPrivate) {
            List<InetAddress> addresses;
            try {
                addresses = resolver.addressesOf(hostOf(uri));
            } catch (UnknownHostException e) {
                throw new WebhookRefused(Reason.INVALID_URL, "The host " + uri.getHost() + " is unknown");
            }
            if (addresses.isEmpty() || addresses.stream().anyMatch(WebhookUrls::isPrivate)) {
                throw new WebhookRefused(Reason.PRIVATE_ADDRESS, "The host " + uri.getHost() + " is in a private, loopback or link-local network");
            }
        }
        return uri;
    }

    static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > WebhookSubscription.MAX_URL || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new WebhookRefused(Reason.INVALID_URL, "A webhook URL is an http(s) address of at most " + WebhookSubscription.MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WebhookRefused(Reason.INVALID_URL, "Not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookRefused(Reason.INVALID_URL, "A webhook URL starts with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new WebhookRefused(Reason.INVALID_URL, "A webhook URL names a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookRefused(Reason.INVALID_URL, "A webhook URL holds no user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new WebhookRefused(Reason.INVALID_URL, "A webhook URL has no #fragment");
        }
        return uri;
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Loopback, private, link-local, unique-local, multicast, the unspecified address, CGNAT, and IPv4 hidden in IPv6. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedOrCompatible = isZero(bytes, 0, 10) && ((bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff || isZero(bytes, 10, 12));
            boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
            if (mappedOrCompatible || nat64) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
