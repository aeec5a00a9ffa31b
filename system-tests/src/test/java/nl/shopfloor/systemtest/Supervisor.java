package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A logged-in supervisor's calls: the chat cap, the response times, the roster. */
final class Supervisor {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ServerAddress server;
    private final String cookie;

    Supervisor(ShopfloorServer server, String username) {
        this(ServerAddress.of(server), username);
    }

    Supervisor(ServerAddress server, String username) {
        this.server = server;
        this.cookie = new AgentLogin(server).login(username);
    }

    /** The session cookie header, for requests the HTTP client cannot make. */
    String cookie() {
        return cookie;
    }

    static Supervisor anouk(ShopfloorServer server) {
        return new Supervisor(server, "anouk");
    }

    JsonObject capacity() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri("/api/capacity")).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/capacity: HTTP " + response.statusCode());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** {@code cap}: a JSON value, e.g. {@code "3"} or {@code "null"}; returns the HTTP status. */
    int setCap(String cap) throws Exception {
        return put("/api/capacity", "{\"cap\": " + cap + "}");
    }

    /** Room for exactly {@code more} chats beyond the ones open now (other tests may leave chats open). */
    int allowOnly(int more) throws Exception {
        return setCap(Integer.toString(capacity().getInt("openChats") + more));
    }

    int responseTimes(int apologyAfter, int rerouteAfter, int abandonAfter) throws Exception {
        return put("/api/settings/response-times", "{\"apologyAfter\": " + apologyAfter + ", \"rerouteAfter\": "
                + rerouteAfter + ", \"abandonAfter\": " + abandonAfter + "}");
    }

    /** Any call with an optional JSON body ({@code null} for none). */
    HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(json == null ? request : request.header("Content-Type", "application/json"));
    }

    JsonObject getJson(String path) throws Exception {
        HttpResponse<String> response = call("GET", path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": HTTP " + response.statusCode());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    JsonArray getJsonArray(String path) throws Exception {
        HttpResponse<String> response = call("GET", path, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": HTTP " + response.statusCode());
        }
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    int put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))).statusCode();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(WAIT).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }
}
