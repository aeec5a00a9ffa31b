package nl.shopfloor.systemtest;

import java.net.URI;

/**
 * Where a running Shopfloor answers, whatever runs it (Payara Micro via {@link ShopfloorServer}, a full
 * server via {@link PayaraServer}): the helpers that drive the application ({@link AgentLogin},
 * {@link Shopper}, {@link OnlineAgent}) need no more than this.
 *
 * @param baseUri {@code http://127.0.0.1:<port>}, without a trailing slash
 */
public record ServerAddress(URI baseUri) {

    public static ServerAddress of(ShopfloorServer server) {
        return new ServerAddress(server.baseUri());
    }

    /** {@code path} (starting with "/", may carry a query) against {@link #baseUri()}. */
    public URI uri(String path) {
        return URI.create(baseUri + path);
    }

    /** The WebSocket URI of {@code path}: {@code ws://host:port<path>}. */
    public URI wsUri(String path) {
        return URI.create("ws" + baseUri.toString().substring("http".length()) + path);
    }

    /** The server's own origin, matching the Host header of requests to {@link #baseUri()}. */
    public String origin() {
        return baseUri.toString();
    }
}
