package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop API's OpenAPI document (GET /api/v1/openapi.json, docs/shop-api.md) is public and does not drift from the
 * server: every operation it lists is served, behind the key unless documented public; every endpoint the WAR declares
 * under /api/v1 is listed; its examples are accepted, and the answers and refusals have a documented status and shape.
 * Seed assumptions: demo shop "demo" with admin "admin".
 */
class OpenApiDocumentIT {

    private static final String URL = "/api/v1/openapi.json";
    private static final String SHOP_API = "nl.shopfloor.commerce.boundary.ShopApi";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static ShopfloorServer server;
    static OpenApiDocument document;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        document = new OpenApiDocument(json(call("GET", URL, null, null)));
    }

    @Test
    void theDocumentIsPublicCacheableJson() throws Exception {
        HttpResponse<String> response = call("GET", URL, null, null);
        assertThat(response.statusCode()).as("no key needed").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "nl.shopfloor.");
        assertThat(document.json().getString("openapi")).startsWith("3.0.");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as("S-HEAD").contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("S-HEAD").isPresent();
        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(request("GET", URL, null, null).header("If-None-Match", etag));
        assertThat(again.statusCode()).as("revalidated").isEqualTo(304);
        assertThat(call("GET", URL, "sfk_" + "x".repeat(68), null).statusCode()).as("a key is not even looked at").isEqualTo(200);
    }

    @Test
    void theDocumentsExamplesMatchItsSchemas() {
        for (OpenApiDocument.Operation operation : document.operations()) {
            List<JsonObject> bodies = new ArrayList<>();
            if (operation.json().containsKey("requestBody")) {
                bodies.add(operation.json().getJsonObject("requestBody"));
            }
            operation.json().getJsonObject("responses").keySet().forEach(status -> bodies.add(document.response(operation, Integer.parseInt(status))));
            for (JsonObject body : bodies) {
                JsonValue example = OpenApiDocument.jsonExample(body);
                if (example != null) {
                    assertThat(document.mismatches(example, OpenApiDocument.jsonSchema(body))).as("%s: %s", operation, example).isEmpty();
                }
            }
        }
    }

    @Test
    void everyDocumentedOperationIsServedBehindTheKeyUnlessPublic() throws Exception {
        for (OpenApiDocument.Operation operation : document.operations()) {
            String body = operation.json().containsKey("requestBody") ? "{}" : null;
            HttpResponse<String> response = call(operation.method(), operation.concretePath("openapi-probe"), null, body);
            if (operation.isPublic()) {
                assertThat(response.statusCode()).as("%s is public", operation).isEqualTo(200);
                continue;
            }
            assertThat(response.statusCode()).as("M1 %s is served, and only with a key (not 404 or 405)", operation).isEqualTo(401);
            assertThat(json(response).getString("code")).isEqualTo("api_key_required");
            assertDocumented(operation, response);
        }
    }

    @Test
    void everyEndpointTheWarDeclaresUnderTheVersionIsDocumented() throws Exception {
        List<JaxRsEndpoints.Endpoint> endpoints = JaxRsEndpoints.of(ShopfloorServer.file("shopfloor.war", "target/shopfloor/ROOT.war"));
        String version = document.serverUrl();
        List<JaxRsEndpoints.Endpoint> versioned = endpoints.stream().filter(e -> e.path().startsWith(version + "/")).toList();
        assertThat(versioned).as("the WAR's endpoints were read").isNotEmpty();
        assertThat(endpoints.stream().filter(e -> e.bound(SHOP_API) && !versioned.contains(e)).toList())
                .as("M1 the key opens /api/v1 only").isEmpty();
        assertThat(calls(versioned.stream().filter(e -> e.bound(SHOP_API)).map(e -> e.method() + " " + e.path())))
                .as("every @ShopApi endpoint is documented as needing the key, and nothing else is")
                .isEqualTo(calls(document.operations().stream().filter(o -> !o.isPublic()).map(Object::toString)));
        assertThat(calls(versioned.stream().filter(e -> !e.bound(SHOP_API)).map(e -> e.method() + " " + e.path())))
                .as("an endpoint under /api/v1 without the key's guard is documented as public, and nothing else is")
                .isEqualTo(calls(document.operations().stream().filter(OpenApiDocument.Operation::isPublic).map(Object::toString)));
    }

    @Test
    void aMadeUpPathOrMethodIsNeitherServedNorDocumented() throws Exception {
        Set<String> documented = calls(document.operations().stream().map(Object::toString));
        HttpResponse<String> madeUp = call("GET", "/api/v1/refunds/openapi-probe", null, null);
        assertThat(madeUp.statusCode()).isIn(401, 404);
        assertThat(madeUp.body()).doesNotContain("Exception", "\tat ");
        assertThat(documented).doesNotContain("GET /api/v1/refunds/{id}");
        assertThat(call("DELETE", "/api/v1/customers/openapi-probe", null, null).statusCode()).isIn(401, 405);
        assertThat(documented).doesNotContain("DELETE /api/v1/customers/{id}");
    }

    @Test
    void theExamplesAreAcceptedAndTheAnswersAreAsDocumented() throws Exception {
        String key = createKey("openapi write", "write");
        String unique = "OA-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (OpenApiDocument.Operation operation : writes()) {
            HttpResponse<String> stored = call(operation.method(), operation.concretePath(unique + "1"), key, example(operation, unique));
            assertThat(stored.statusCode()).as("%s accepts its example: %s", operation, stored.body()).isIn(200, 201);
            assertDocumented(operation, stored);
        }
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (operation.method().equals("GET") && operation.path().contains("{id}")) {
                assertAnswer(operation, 200, call("GET", operation.concretePath(unique + "1"), key, null));
                assertAnswer(operation, 404, call("GET", operation.concretePath(unique + "none"), key, null));
            }
        }
        OpenApiDocument.Operation batch = document.operations().stream().filter(o -> o.path().endsWith("/orders/batch")).findFirst().orElseThrow();
        String oneInvalid = example(batch, unique + "422-").replace("\"placed\"", "\"shipped\"");
        assertThat(oneInvalid).contains("shipped");
        assertAnswer(batch, 422, call(batch.method(), batch.path(), key, oneInvalid));
    }

    @Test
    void bodiesUpToTheDocumentedLimitsAreRead() throws Exception {
        String key = createKey("openapi limits", "write");
        for (OpenApiDocument.Operation operation : writes()) {
            // the limits the document states (responses/TooLarge); fields it does not name are ignored, so padding fits any body
            int limit = operation.path().endsWith("/batch") ? 8 * 1024 * 1024 : 64 * 1024;
            String example = example(operation, "OA-" + UUID.randomUUID() + "-");
            String padded = "{\"padding\": \"" + "x".repeat(limit - example.length() - 20) + "\", " + example.substring(1);
            assertThat(padded.length()).isBetween(limit - 100, limit);
            HttpResponse<String> stored = call(operation.method(), operation.concretePath("OA-" + UUID.randomUUID()), key, padded);
            assertThat(stored.statusCode()).as("%s with %d bytes: %s", operation, padded.length(), stored.body()).isIn(200, 201);
        }
    }

    @Test
    void theRefusalsAreAsDocumented() throws Exception {
        String key = createKey("openapi write", "write");
        String readKey = createKey("openapi read", "read");
        String id = "OA-" + UUID.randomUUID();
        for (OpenApiDocument.Operation operation : writes()) {
            String path = operation.concretePath(id);
            HttpResponse<String> readOnly = call(operation.method(), path, readKey, example(operation, id));
            assertAnswer(operation, 403, readOnly);
            assertThat(json(readOnly).getString("code")).isEqualTo("read_only_key");
            HttpResponse<String> invalid = call(operation.method(), path, key, "{\"id\": 5}");
            assertAnswer(operation, 400, invalid);
            assertThat(json(invalid).getString("error")).as("a reason").isNotBlank();
            RawHttp.Response tooLarge = RawHttp.send(server, operation.method(), path, Map.of("Authorization", "Bearer " + key),
                    ("{\"x\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(tooLarge.status()).as("%s with 9 MB", operation).isEqualTo(413);
            assertDocumented(operation, tooLarge.status(), tooLarge.contentType(), tooLarge.body());
            assertAnswer(operation, 415, send(request(operation.method(), path, key, "{}").setHeader("Content-Type", "text/plain")));
            HttpResponse<String> crossSite = send(request(operation.method(), path, key, example(operation, id))
                    .header("Origin", "https://shop-attacker.example"));
            assertAnswer(operation, 403, crossSite);
            assertThat(json(crossSite).getString("error")).as("S-CSRF").isEqualTo("cross_site_request");
        }
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (operation.path().contains("{id}")) {
                assertAnswer(operation, 400, call(operation.method(), operation.concretePath("a%2Fb"), key, operation.method().equals("GET") ? null : "{}"));
            }
        }
    }

    private static List<OpenApiDocument.Operation> writes() {
        List<OpenApiDocument.Operation> writes = document.operations().stream().filter(o -> o.json().containsKey("requestBody")).toList();
        assertThat(writes).isNotEmpty();
        return writes;
    }

    /** The operation's request example, with its ids made unique so that it creates new orders on every run. */
    private static String example(OpenApiDocument.Operation operation, String prefix) {
        JsonValue example = OpenApiDocument.jsonExample(operation.json().getJsonObject("requestBody"));
        assertThat(example).as("%s has a request example", operation).isNotNull();
        return withUniqueIds(example, prefix).toString();
    }

    private static void assertAnswer(OpenApiDocument.Operation operation, int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s", operation, response.body()).isEqualTo(status);
        assertDocumented(operation, response);
    }

    /** The answer's status is listed for the operation, and its body matches the schema listed for that status. */
    private static void assertDocumented(OpenApiDocument.Operation operation, HttpResponse<String> response) {
        assertDocumented(operation, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static void assertDocumented(OpenApiDocument.Operation operation, int status, String contentType, String body) {
        JsonObject documented = document.response(operation, status);
        assertThat(documented).as("%s answered %d, which its documentation lists: %s", operation, status, body).isNotNull();
        assertThat(body).doesNotContain("Exception", "\tat ");
        JsonObject schema = OpenApiDocument.jsonSchema(documented);
        if (schema != null) {
            assertThat(contentType).as("%s %d", operation, status).startsWith("application/json");
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            assertThat(document.mismatches(json, schema)).as("%s %d: %s", operation, status, body).isEmpty();
        }
    }

    private static JsonValue withUniqueIds(JsonValue example, String prefix) {
        if (example instanceof JsonObject object) {
            JsonObjectBuilder unique = Json.createObjectBuilder();
            object.forEach((name, value) -> unique.add(name, name.equals("id") && value instanceof JsonString id
                    ? Json.createValue(prefix + id.getString()) : withUniqueIds(value, prefix)));
            return unique.build();
        }
        if (example.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder unique = Json.createArrayBuilder();
            example.asJsonArray().forEach(item -> unique.add(withUniqueIds(item, prefix)));
            return unique.build();
        }
        return example;
    }

    private static Set<String> calls(Stream<String> calls) {
        return calls.collect(Collectors.toCollection(TreeSet::new));
    }

    private static String createKey(String name, String scope) throws Exception {
        HttpResponse<String> response = new Supervisor(server, "admin").call("POST", "/api/keys",
                "{\"name\": \"" + name + "\", \"scope\": \"" + scope + "\"}");
        assertThat(response.statusCode()).as("POST /api/keys: %s", response.body()).isEqualTo(201);
        return json(response).getString("key");
    }

    private static HttpResponse<String> call(String method, String path, String key, String json) throws Exception {
        return send(request(method, path, key, json));
    }

    private static HttpRequest.Builder request(String method, String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return json == null ? request : request.header("Content-Type", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
