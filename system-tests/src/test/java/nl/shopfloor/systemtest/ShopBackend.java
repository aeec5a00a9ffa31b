package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What the demo shop's backend does in the tests: calls the shop API with a key the demo admin made, signs identify claims. */
final class ShopBackend {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final ShopfloorServer server;
    final String key;

    private ShopBackend(ShopfloorServer server, String key) {
        this.server = server;
        this.key = key;
    }

    /** A new write key of the demo shop, made by {@code admin} (a logged-in admin). */
    static ShopBackend withWriteKey(ShopfloorServer server, Supervisor admin, String name) throws Exception {
        HttpResponse<String> made = admin.call("POST", "/api/keys", "{\"name\": \"" + name + "\", \"scope\": \"write\"}");
        assertThat(made.statusCode()).as("POST /api/keys: %s", made.body()).isEqualTo(201);
        return new ShopBackend(server, json(made.body()).getString("key"));
    }

    HttpResponse<String> call(String method, String path, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + key)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return HTTP.send((json == null ? request : request.header("Content-Type", "application/json")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    JsonObject get(String path) {
        HttpResponse<String> response = call("GET", path, null);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json(response.body());
    }

    /** An order as the shop API takes it, under a new id; {@code visitor} and {@code customer} may be null. */
    static String order(String visitor, String customer, String total, String status, Instant placedAt) {
        return "{\"id\": \"O-" + UUID.randomUUID() + "\"" + (visitor == null ? "" : ", \"visitor\": \"" + visitor + "\"")
                + (customer == null ? "" : ", \"customer\": \"" + customer + "\"") + ", \"totalExclVat\": " + total
                + ", \"totalInclVat\": " + total + ", \"currency\": \"EUR\", \"placedAt\": \"" + placedAt + "\", \"status\": \"" + status + "\"}";
    }

    /** Sends the order under its own id: created the first time (201), changed after that (200). */
    void put(String order, int expectedStatus) {
        String id = json(order).getString("id");
        HttpResponse<String> response = call("PUT", "/api/v1/orders/" + id, order);
        assertThat(response.statusCode()).as("PUT order: %s", response.body()).isEqualTo(expectedStatus);
    }

    /** HMAC-SHA256 over "demo:customer:unix seconds" with the shop's identify secret, hex: the shop's signed claim. */
    static String sign(String secret, String customer, long ts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("demo:" + customer + ":" + ts).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
