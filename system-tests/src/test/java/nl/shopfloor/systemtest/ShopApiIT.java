package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop API (/api/v1) as a shop's backend uses it: keys made by an admin, customers and orders upserted by the
 * shop's own ids, batches. Seed assumptions: demo shop "demo" with admin "admin" and supervisor "anouk".
 */
class ShopApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static ShopfloorServer server;
    static Supervisor admin;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        admin = new Supervisor(server, "admin");
    }

    @Test
    void keysAreMadeByAdminsShownOnceAndOpenTheShopApiOnly() throws Exception {
        assertThat(Supervisor.anouk(server).call("POST", "/api/keys", "{\"name\": \"x\", \"scope\": \"write\"}").statusCode())
                .as("M1 a supervisor makes no keys").isEqualTo(403);

        JsonObject made = createKey("ERP import", "write");
        String key = made.getString("key");
        assertThat(key).startsWith("sfk_").hasSize(72);
        JsonObject listed = admin.getJson("/api/keys").getJsonArray("keys").stream().map(JsonObject.class::cast)
                .filter(k -> k.getString("id").equals(made.getString("id"))).findFirst().orElseThrow();
        assertThat(listed).as("M1 listed, without the key itself").doesNotContainKey("key");
        assertThat(listed.getString("scope")).isEqualTo("write");

        String customer = "/api/v1/customers/C-" + UUID.randomUUID();
        HttpResponse<String> noKey = api("GET", customer, null, null);
        assertThat(noKey.statusCode()).as("M1 no key").isEqualTo(401);
        assertThat(json(noKey).getString("code")).isEqualTo("api_key_required");
        HttpResponse<String> sessionOnly = send(HttpRequest.newBuilder(server.uri(customer)).header("Cookie", admin.cookie()).GET());
        assertThat(sessionOnly.statusCode()).as("M1 an agent's session does not open the shop API").isEqualTo(401);
        assertThat(api("GET", customer, "sfk_" + "x".repeat(68), null).statusCode()).as("M1 a made-up key").isEqualTo(401);
        assertThat(api("GET", customer, key, null).statusCode()).as("M1 the key opens it").isEqualTo(404);
        assertThat(api("GET", "/api/capacity", key, null).statusCode()).as("M1 a key opens nothing else").isEqualTo(401);

        String readKey = createKey("BI dashboard", "read").getString("key");
        HttpResponse<String> write = api("PUT", customer, readKey, "{\"name\": \"An\"}");
        assertThat(write.statusCode()).as("M1 a read key does not write").isEqualTo(403);
        assertThat(json(write).getString("code")).isEqualTo("read_only_key");
        assertThat(api("GET", customer, readKey, null).statusCode()).isEqualTo(404);

        JsonObject rotated = json(admin.call("POST", "/api/keys/" + made.getString("id") + "/rotate", null));
        assertThat(api("GET", customer, key, null).statusCode()).as("M1 the rotated key stops at once").isEqualTo(401);
        assertThat(api("GET", customer, rotated.getString("key"), null).statusCode()).isEqualTo(404);
        assertThat(rotated.getString("name")).isEqualTo("ERP import");

        assertThat(admin.call("DELETE", "/api/keys/" + rotated.getString("id"), null).statusCode()).isEqualTo(200);
        assertThat(api("GET", customer, rotated.getString("key"), null).statusCode()).as("M1 revoked").isEqualTo(401);
        assertThat(admin.call("DELETE", "/api/keys/" + rotated.getString("id"), null).statusCode()).as("revoked already").isEqualTo(400);
    }

    @Test
    void customersAndOrdersAreUpsertedByTheShopsOwnIds() throws Exception {
        String key = createKey("webshop", "write").getString("key");
        String customerId = "C-" + UUID.randomUUID();
        String customer = "/api/v1/customers/" + customerId;
        String body = "{\"email\": \"an@example.com\", \"name\": \"An de Vries\", \"company\": \"De Vries BV\", \"segment\": \"b2b\","
                + " \"lifetimeValue\": 12500}";
        ServerLog log = ServerLog.mark(server);
        assertThat(api("PUT", customer, key, body).statusCode()).as("M2 new").isEqualTo(201);
        assertThat(api("PUT", customer, key, body).statusCode()).as("M2 the same call again").isEqualTo(200);
        JsonObject stored = json(api("GET", customer, key, null));
        assertThat(stored.getString("company")).isEqualTo("De Vries BV");
        assertThat(stored.getJsonNumber("lifetimeValue").bigDecimalValue()).isEqualByComparingTo("12500.00");
        assertThat(api("PUT", customer, key, "{\"name\": \"An de Vries\"}").statusCode()).isEqualTo(200);
        assertThat(json(api("GET", customer, key, null))).as("M2 an upsert is the whole customer").doesNotContainKey("company");
        assertThat(log.since()).as("M1 every call logged with its key")
                .anyMatch(line -> line.contains("API PUT /api/v1/customers/" + customerId + " key ") && line.contains("-> 201"));

        String orderId = "O-" + UUID.randomUUID();
        String order = "/api/v1/orders/" + orderId;
        assertThat(api("PUT", order, key, order(null, customerId, "1000.00", "paid", 2)).statusCode()).isEqualTo(201);
        JsonObject placed = json(api("GET", order, key, null));
        assertThat(placed.getJsonArray("lines")).hasSize(2);
        assertThat(placed.getString("status")).isEqualTo("paid");
        assertThat(placed.getString("customer")).isEqualTo(customerId);
        assertThat(api("PUT", order, key, order(null, customerId, "1000.00", "refunded", 1)).statusCode()).isEqualTo(200);
        JsonObject refunded = json(api("GET", order, key, null));
        assertThat(refunded.getString("status")).isEqualTo("refunded");
        assertThat(refunded.getJsonArray("lines")).as("M2 the lines are replaced too").hasSize(1);

        String never = "/api/v1/orders/O-" + UUID.randomUUID();
        for (String bad : new String[]{order(null, null, "-5.00", "paid", 1), order(null, null, "10.001", "paid", 1),
                order(null, null, "10.00", "shipped", 1), order(null, null, "10.00", "paid", 1).replace("2026-11-30T14:03:00Z", "yesterday"),
                order("other-id", null, "10.00", "paid", 1), "{\"totalExclVat\": 1}", "[1, 2]", "{\"id\": "}) {
            HttpResponse<String> refused = api("PUT", never, key, bad);
            assertThat(refused.statusCode()).as("M2 refused: %s", bad).isEqualTo(400);
            assertThat(json(refused).getString("error")).as("a reason, no class names").isNotBlank().doesNotContain("Exception");
        }
        HttpResponse<String> unknown = api("GET", never, key, null);
        assertThat(unknown.statusCode()).as("M2 nothing stored of a refused order").isEqualTo(404);
        assertThat(json(unknown).getString("error")).isEqualTo("No order with this id");
    }

    @Test
    void aBatchIsAllOrNothingOrItsValidOrders() throws Exception {
        String key = createKey("import", "write").getString("key");
        String a = "O-" + UUID.randomUUID();
        String b = "O-" + UUID.randomUUID();
        String orders = "[" + order(a, null, "10.00", "placed", 1) + ", " + order("bad", null, "-1", "paid", 1) + ", "
                + order(b, null, "20.00", "cancelled", 1) + "]";

        HttpResponse<String> all = api("POST", "/api/v1/orders/batch", key, "{\"orders\": " + orders + "}");
        assertThat(all.statusCode()).as("M2 one bad order: nothing stored").isEqualTo(422);
        JsonObject allAnswer = json(all);
        assertThat(allAnswer.getInt("stored")).isZero();
        assertThat(allAnswer.getJsonArray("results").getJsonObject(1).getString("result")).isEqualTo("invalid");
        assertThat(allAnswer.getJsonArray("results").getJsonObject(1).getString("error")).contains("totalExclVat");
        assertThat(allAnswer.getJsonArray("results").getJsonObject(0).getString("result")).isEqualTo("skipped");
        assertThat(api("GET", "/api/v1/orders/" + a, key, null).statusCode()).isEqualTo(404);

        HttpResponse<String> valid = api("POST", "/api/v1/orders/batch", key, "{\"mode\": \"valid\", \"orders\": " + orders + "}");
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(json(valid).getJsonArray("results").stream().map(r -> r.asJsonObject().getString("result")).toList())
                .as("M2 the valid ones stored, by index").containsExactly("created", "invalid", "created");
        assertThat(json(api("GET", "/api/v1/orders/" + b, key, null)).getString("status")).isEqualTo("cancelled");

        HttpResponse<String> twice = api("POST", "/api/v1/orders/batch", key, "{\"orders\": [" + order(a, null, "10.00", "paid", 1)
                + ", " + order(a, null, "11.00", "paid", 1) + "]}");
        assertThat(twice.statusCode()).as("the same id twice in one batch").isEqualTo(422);
        assertThat(json(api("GET", "/api/v1/orders/" + a, key, null)).getString("status")).isEqualTo("placed");

        String prefix = "O-" + UUID.randomUUID() + "-";
        String big = IntStream.range(0, 2000).mapToObj(i -> order(prefix + i, "C-" + (i % 300), "99.95", i % 10 == 0 ? "cancelled" : "paid", 3))
                .collect(Collectors.joining(", ", "{\"orders\": [", "]}"));
        long started = System.nanoTime();
        HttpResponse<String> imported = api("POST", "/api/v1/orders/batch", key, big);
        System.out.printf("batch of 2000 orders (%d KB): %d ms%n", big.length() / 1024, (System.nanoTime() - started) / 1_000_000);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json(imported).getInt("stored")).isEqualTo(2000);
        assertThat(json(api("GET", "/api/v1/orders/" + prefix + "1999", key, null)).getJsonArray("lines")).hasSize(3);
        assertThat(api("POST", "/api/v1/orders/batch", key, "{\"orders\": " + "[".repeat(20) + "]".repeat(20) + "}").statusCode())
                .as("nesting beyond the limit").isEqualTo(400);
    }

    private static String order(String id, String customer, String total, String status, int lines) {
        String lineList = IntStream.range(0, lines).mapToObj(i -> "{\"sku\": \"SKU-" + i + "\", \"name\": \"Item " + i
                + "\", \"quantity\": " + (i + 1) + ", \"price\": 1.50}").collect(Collectors.joining(", ", "[", "]"));
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + (customer == null ? "" : "\"customer\": \"" + customer + "\", ")
                + "\"totalExclVat\": " + total + ", \"totalInclVat\": " + (total.startsWith("-") ? total : "1210.00")
                + ", \"currency\": \"EUR\", \"placedAt\": \"2026-11-30T14:03:00Z\", \"status\": \"" + status + "\", \"lines\": " + lineList + "}";
    }

    private static JsonObject createKey(String name, String scope) throws Exception {
        HttpResponse<String> response = admin.call("POST", "/api/keys", "{\"name\": \"" + name + "\", \"scope\": \"" + scope + "\"}");
        assertThat(response.statusCode()).as("POST /api/keys: %s", response.body()).isEqualTo(201);
        return json(response);
    }

    private static HttpResponse<String> api(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(json == null ? request : request.header("Content-Type", "application/json"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
