package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API answers scripts in JSON: 401 without a login, 403 for a role that may not (agents A6). */
class ApiAuthIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void apiCallsWithoutALoginGet401WithAJsonReason() throws Exception {
        for (String path : new String[]{"/api/messages", "/api/capacity", "/api/outbox", "/api/roster", "/api/hours"}) {
            HttpResponse<String> response = call("GET", path, null);
            assertThat(response.statusCode()).as("A6 " + path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as("A6 " + path).startsWith("application/json");
            assertThat(json(response.body()).getString("error")).as("A6 " + path).isEqualTo("login_required");
            assertThat(response.body()).doesNotContain("j_security_check");
        }
        HttpResponse<String> post = call("PUT", "/api/capacity", null);
        assertThat(post.statusCode()).as("A6 a change without a login").isEqualTo(401);
        assertThat(json(post.body()).getString("error")).isEqualTo("login_required");
    }

    @Test
    void theAgentSocketHandshakeWithoutALoginGets401() {
        assertThatThrownBy(() -> JsonSocket.connect(server.wsUri("/ws/agent"), server.origin(), null))
                .isInstanceOfSatisfying(JsonSocket.HandshakeFailed.class, refused -> assertThat(refused.status()).as("A6").isEqualTo(401));
    }

    @Test
    void pagesStillShowTheLoginForm() throws Exception {
        HttpResponse<String> page = call("GET", "/dashboard/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("A6").contains("j_security_check");
    }

    @Test
    void anAgentWithoutTheRoleGets403WithAJsonReasonFromTheApi() throws Exception {
        String cookie = new AgentLogin(server).login("sanne");
        HttpResponse<String> response = call("GET", "/api/hours", cookie);
        assertThat(response.statusCode()).as("A6").isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(response.body()).getString("error")).as("A6").isEqualTo("forbidden");
        assertThat(call("GET", "/api/messages", cookie).statusCode()).as("a call the role may make").isEqualTo(200);
        HttpResponse<String> page = call("GET", "/dashboard/agents.xhtml", cookie);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as("a page stays a page").startsWith("text/html");
    }

    private static HttpResponse<String> call(String method, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(TIMEOUT)
                .header("Origin", server.origin())
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
