package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTTP layer as an attacker meets it (web-module nl.shopfloor.security.boundary): another site's page cannot
 * change anything with an agent's cookie nor log a browser in (S-CSRF), a session id in the URL or a trick in the
 * path never changes who is authorised (S-PATH), every page carries its security headers (S-HEAD), and the widget's
 * files go out compressed and cacheable (S-WIDGET).
 * Seed assumptions: demo shop "demo", supervisor anouk, agent sanne, nobody online (contact form available).
 */
class HttpSecurityIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FOREIGN = "https://shop-attacker.example";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void anotherSitesPageCannotChangeTheChatCap() throws Exception {
        String anouk = new AgentLogin(server).login("anouk");
        JsonObject before = json(send("GET", "/api/capacity", anouk, null, Map.of()));
        int other = before.getInt("openChats") + 41;
        String change = "{\"cap\": " + other + "}";

        HttpResponse<String> foreign = send("PUT", "/api/capacity", anouk, change, Map.of("Origin", FOREIGN));
        assertThat(foreign.statusCode()).as("S-CSRF foreign Origin").isEqualTo(403);
        assertThat(json(foreign).getString("error")).isEqualTo("cross_site_request");
        assertThat(json(foreign).getString("reason")).isNotBlank();
        assertThat(send("PUT", "/api/capacity", anouk, change, Map.of("Sec-Fetch-Site", "cross-site")).statusCode())
                .as("S-CSRF Sec-Fetch-Site cross-site").isEqualTo(403);
        assertThat(send("PUT", "/api/capacity", anouk, change, Map.of("Sec-Fetch-Site", "same-site")).statusCode())
                .as("S-CSRF a sibling subdomain's page").isEqualTo(403);
        assertThat(send("PUT", "/api/capacity", anouk, change, Map.of("Origin", "null")).statusCode())
                .as("S-CSRF opaque origin").isEqualTo(403);
        assertThat(json(send("GET", "/api/capacity", anouk, null, Map.of())).get("cap")).as("S-CSRF unchanged").isEqualTo(before.get("cap"));

        assertThat(send("PUT", "/api/capacity", anouk, change, Map.of("Origin", server.origin(), "Sec-Fetch-Site", "same-origin")).statusCode())
                .as("S-CSRF our own page").isEqualTo(200);
        assertThat(json(send("GET", "/api/capacity", anouk, null, Map.of())).getInt("cap")).isEqualTo(other);
        String restore = "{\"cap\": " + before.get("cap") + "}";
        assertThat(send("PUT", "/api/capacity", anouk, restore, Map.of()).statusCode()).as("S-CSRF a script without Origin").isEqualTo(200);
    }

    @Test
    void anotherSitesPageCannotMarkAContactMessageDone() throws Exception {
        String id = contactMessage("Please call me back about order 5512");
        String sanne = new AgentLogin(server).login("sanne");

        assertThat(send("POST", "/api/messages/" + id + "/done", sanne, null, Map.of("Origin", FOREIGN)).statusCode())
                .as("S-CSRF foreign Origin").isEqualTo(403);
        assertThat(send("POST", "/api/messages/" + id + "/done", sanne, null, Map.of("Sec-Fetch-Site", "cross-site")).statusCode())
                .as("S-CSRF Sec-Fetch-Site cross-site").isEqualTo(403);
        assertThat(handledBy(id)).as("S-CSRF still open").isNull();

        HttpResponse<String> own = send("POST", "/api/messages/" + id + "/done", sanne, null,
                Map.of("Origin", server.origin(), "Sec-Fetch-Site", "same-origin"));
        assertThat(own.statusCode()).as("S-CSRF our own page").isEqualTo(200);
        assertThat(handledBy(id)).isEqualTo("sanne");
    }

    @Test
    void anotherSitesPageCannotRetryAMail() throws Exception {
        contactMessage("A mail for the outbox");
        String anouk = new AgentLogin(server).login("anouk");
        JsonObject mail = Json.createReader(new StringReader(send("GET", "/api/outbox", anouk, null, Map.of()).body()))
                .readArray().getJsonObject(0);
        String id = mail.getString("id");
        String before = outboxRow(id);

        assertThat(send("POST", "/api/outbox/" + id + "/retry", anouk, null, Map.of("Origin", FOREIGN)).statusCode())
                .as("S-CSRF foreign Origin").isEqualTo(403);
        assertThat(outboxRow(id)).as("S-CSRF the mail untouched").isEqualTo(before);
        assertThat(send("POST", "/api/outbox/" + id + "/retry", anouk, null, Map.of("Origin", server.origin())).statusCode())
                .as("S-CSRF our own page gets past the guard").isNotEqualTo(403);
    }

    @Test
    void anotherSitesPageCannotLogABrowserIn() throws Exception {
        String form = "j_username=sanne&j_password=" + AgentLogin.DEMO_PASSWORD;
        for (Map<String, String> foreign : List.of(Map.of("Origin", FOREIGN), Map.of("Sec-Fetch-Site", "cross-site"))) {
            String cookie = sessionCookie(send("GET", "/dashboard/", null, null, Map.of()));
            Map<String, String> headers = new LinkedHashMap<>(foreign);
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            HttpResponse<String> login = send("POST", "/j_security_check", cookie, form, headers);
            assertThat(login.statusCode()).as("S-CSRF login from %s", foreign).isEqualTo(403);
            assertThat(login.body()).contains("another site").contains("andere site");
            String after = sessionCookie(login) == null ? cookie : sessionCookie(login);
            assertThat(send("GET", "/api/messages", after, null, Map.of()).body()).as("S-CSRF not logged in").doesNotStartWith("[");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndNeverTakenFromTheUrl() throws Exception {
        List<String> setCookie = send("GET", "/dashboard/", null, null, Map.of()).headers().allValues("Set-Cookie");
        assertThat(setCookie).as("S-CSRF").anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));

        String cookie = new AgentLogin(server).login("anouk");
        String sessionId = cookie.replaceAll(".*JSESSIONID=\"?([^\";]+).*", "$1");
        assertThat(send("GET", "/api/capacity", cookie, null, Map.of()).statusCode()).as("the cookie works").isEqualTo(200);
        for (String path : List.of("/api/capacity;jsessionid=" + sessionId, "/dashboard/index.xhtml;jsessionid=" + sessionId,
                "/dashboard/;jsessionid=" + sessionId)) {
            HttpResponse<String> response = send("GET", path, null, null, Map.of());
            assertThat(response.statusCode()).as("S-PATH %s", path).isEqualTo(400);
            assertThat(response.body()).as("S-PATH %s", path).doesNotContain("openChats").doesNotContain("id=\"workspace\"");
        }
        assertThatThrownBy(() -> JsonSocket.connect(server.wsUri("/ws/agent;jsessionid=" + sessionId), server.origin(), null))
                .as("S-PATH the agent socket").isInstanceOf(JsonSocket.HandshakeFailed.class);
    }

    @Test
    void noPathTrickReachesProtectedData() throws Exception {
        String sanne = new AgentLogin(server).login("sanne");
        List<String> supervisorOnly = List.of("/api/capacity;x", "//api/capacity", "/api//capacity", "/api/./capacity",
                "/api/%2e/capacity", "/api/x/../capacity", "/api/x/%2e%2e/capacity", "/api%2fcapacity", "/API/capacity",
                "/api/capacity%3b", "/api/outbox;", "/dashboard/agents.xhtml;x", "/dashboard//agents.xhtml",
                "/dashboard/./agents.xhtml", "/dashboard/x/../agents.xhtml", "/dashboard/agents%2exhtml", "/dashboard%5cagents.xhtml");
        for (String path : supervisorOnly) {
            HttpResponse<String> anonymous = send("GET", path, null, null, Map.of());
            assertThat(anonymous.body()).as("S-PATH anonymous %s", path).doesNotContain("openChats").doesNotContain("agents-heading");
            assertThat(anonymous.statusCode()).as("S-PATH anonymous %s", path).isNotEqualTo(500);
            HttpResponse<String> agent = send("GET", path, sanne, null, Map.of());
            assertThat(agent.statusCode()).as("S-PATH agent %s", path).isIn(400, 403, 404);
            assertThat(agent.body()).as("S-PATH agent %s", path).doesNotContain("openChats").doesNotContain("Exception");
        }
        for (String path : List.of("/api/messages;x", "//api/messages", "/api/./messages", "/api/%2e/messages")) {
            HttpResponse<String> anonymous = send("GET", path, null, null, Map.of());
            assertThat(anonymous.body()).as("S-PATH anonymous %s", path).doesNotStartWith("[");
        }
        assertThat(send("GET", "/api/capacity", sanne, null, Map.of()).statusCode()).as("the plain path: agents may not").isEqualTo(403);
    }

    @Test
    void everyKindOfPageCarriesItsSecurityHeaders() throws Exception {
        String anouk = new AgentLogin(server).login("anouk");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", null);
        pages.put("/login.xhtml", null);
        pages.put("/dashboard/", null);
        pages.put("/dashboard/index.xhtml", anouk);
        pages.put("/dashboard/agents.xhtml", anouk);
        pages.put("/wall/", null);
        pages.put("/demo/", null);
        pages.put("/demo/en.html", null);
        pages.put("/demo/team.html", null);
        pages.put("/api/capacity", anouk);
        pages.put("/api/health/ready", null);
        pages.put("/no-such-page", null);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> response = send("GET", page.getKey(), page.getValue(), null, Map.of());
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as("S-HEAD nosniff %s", page.getKey()).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as("S-HEAD %s", page.getKey()).isPresent();
            assertThat(policies).as("S-HEAD frame-ancestors %s", page.getKey()).anyMatch(p -> p.contains("frame-ancestors 'none'"));
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html") && response.statusCode() == 200) {
                assertThat(policies).as("S-HEAD scripts %s", page.getKey()).anyMatch(p -> scriptSources(p) != null);
                assertThat(policies).as("S-HEAD no inline scripts %s", page.getKey())
                        .allMatch(p -> scriptSources(p) == null || !scriptSources(p).contains("'unsafe-inline'"));
                assertThat(response.body()).as("S-HEAD %s: no script without src but PrimeFaces' nonce'd ones", page.getKey())
                        .doesNotContainPattern("<script(?![^>]*\\b(src|nonce)=)[^>]*>\\s*\\S");
            }
        }
    }

    @Test
    void theWidgetGoesOutCompressedAndCacheable() throws Exception {
        HttpResponse<byte[]> loader = bytes("/widget/loader.js", Map.of("Accept-Encoding", "gzip", "Origin", FOREIGN));
        assertThat(loader.statusCode()).as("S-WIDGET loadable from a shop's page").isEqualTo(200);
        assertThat(loader.headers().firstValue("Content-Encoding")).as("S-WIDGET").contains("gzip");
        assertThat(loader.headers().firstValue("Cache-Control").orElse("")).as("S-WIDGET short").contains("max-age=300");
        assertThat(loader.headers().allValues("Content-Security-Policy")).as("S-WIDGET runs under the shop's policy").isEmpty();
        String etag = loader.headers().firstValue("ETag").orElseThrow();
        String script = gunzip(loader.body());
        System.out.printf("loader.js: %d bytes gzipped, %d bytes plain%n", loader.body().length, script.length());
        // issue 10: the socket and the model moved to protocol.js; the loader itself (queue, boot, button) is ~3.4 KB
        assertThat(loader.body().length).as("S-WIDGET the loader stays tiny on every shop page: at most 4 KB compressed")
                .isLessThanOrEqualTo(4 * 1024);
        assertThat(script).as("S-WIDGET the loader holds no socket").doesNotContain("WebSocket");
        assertThat(script).as("S-WIDGET minified: no comments go out").doesNotContain("owns the socket");
        Matcher parts = Pattern.compile("/widget/([0-9a-f]{12})/").matcher(script);
        assertThat(parts.find()).as("S-WIDGET the loader names its parts' version").isTrue();

        assertThat(bytes("/widget/loader.js", Map.of("Accept-Encoding", "gzip", "If-None-Match", etag)).statusCode())
                .as("S-WIDGET revalidation").isEqualTo(304);
        assertThat(bytes("/widget/loader.js", Map.of()).headers().firstValue("Content-Encoding")).as("S-WIDGET plain for who asks").isEmpty();

        for (String part : List.of("protocol.js", "activity.js", "invite.js", "chat.js", "dom.js", "widget.css", "team.js", "team.css")) {
            HttpResponse<byte[]> file = bytes("/widget/" + parts.group(1) + "/" + part, Map.of("Accept-Encoding", "gzip, deflate, br"));
            assertThat(file.statusCode()).as("S-WIDGET %s", part).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Encoding")).as("S-WIDGET %s", part).contains("gzip");
            assertThat(file.headers().firstValue("Cache-Control").orElse("")).as("S-WIDGET %s", part)
                    .contains("max-age=31536000").contains("immutable");
            assertThat(bytes("/widget/" + parts.group(1) + "/" + part,
                    Map.of("Accept-Encoding", "gzip", "If-None-Match", file.headers().firstValue("ETag").orElseThrow())).statusCode())
                    .as("S-WIDGET %s revalidation", part).isEqualTo(304);
        }
        assertThat(bytes("/widget/000000000000/chat.js", Map.of()).headers().firstValue("Cache-Control").orElse(""))
                .as("S-WIDGET another release's version is not cached for good").doesNotContain("immutable");
        assertThat(bytes("/widget/nothing.js", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theAgentSocketOnlyOpensFromOurOwnPages() {
        String cookie = new AgentLogin(server).login("sanne");
        assertThatThrownBy(() -> JsonSocket.connect(server.wsUri("/ws/agent"), FOREIGN, cookie))
                .as("S-CSRF foreign page").isInstanceOfSatisfying(JsonSocket.HandshakeFailed.class, e -> assertThat(e.status()).isEqualTo(403));
        try (JsonSocket own = JsonSocket.connect(server.wsUri("/ws/agent"), server.origin(), cookie)) {
            assertThat(own.isOpen()).isTrue();
        }
    }

    @Test
    void aScriptSmuggledIntoOurPageDoesNotRun() {
        ChromeDriver browser = Browsers.start("en");
        try {
            browser.get(server.uri("/demo/en.html").toString());
            Browsers.waitFor(browser, WAIT, () -> Browsers.widget(browser) != null);
            Browsers.cspViolations(browser);
            browser.executeScript("var s = document.createElement('script'); s.textContent = 'window.smuggled = true';"
                    + " document.body.appendChild(s);");
            assertThat(browser.executeScript("return window.smuggled === true")).as("S-HEAD").isEqualTo(false);
            assertThat(Browsers.cspViolations(browser)).as("S-HEAD the console names the blocked script").isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    /** The script-src directive's value, null when the policy has none. */
    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith("script-src ")) {
                return directive.trim();
            }
        }
        return null;
    }

    private static String contactMessage(String text) {
        try (Shopper shopper = Shopper.arrive(server)) {
            String clientId = Shopper.clientId();
            shopper.socket.send(Json.createObjectBuilder().add("type", "contact").add("name", "Iris Bakker")
                    .add("email", "iris@example.nl").add("topic", "service").add("text", text).add("clientId", clientId).build());
            return shopper.socket.awaitType("contactAck", WAIT).getString("id");
        }
    }

    private static String handledBy(String messageId) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT handled_by FROM contact_message WHERE id = ?")) {
            query.setString(1, messageId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String outboxRow(String mailId) throws Exception {
        try (Connection db = server.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT status, attempts, last_error FROM outbox_mail WHERE id = ?")) {
            query.setString(1, mailId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1) + "/" + row.getInt(2) + "/" + row.getString(3);
            }
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElse(null);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Without following redirects, so a login page or a refusal is seen as it is. */
    private static HttpResponse<String> send(String method, String path, String cookie, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(WAIT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(WAIT).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
