package nl.shopfloor.systemtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Logs agents in the way a browser does (Jakarta Security form login) and opens their dashboard socket.
 * Every login gets its own cookie jar, so two agents never share a session.
 */
public final class AgentLogin {

    /** Every demo account's password (SHOPFLOOR_DEMO_DATA=true). */
    public static final String DEMO_PASSWORD = "demo";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ServerAddress server;

    public AgentLogin(ShopfloorServer server) {
        this(ServerAddress.of(server));
    }

    public AgentLogin(ServerAddress server) {
        this.server = server;
    }

    /** Logs in a demo account with the demo password; returns the {@code Cookie} header value. */
    public String login(String user) {
        return login(user, DEMO_PASSWORD);
    }

    /**
     * GET /dashboard/ (the login page), POST the form to /j_security_check, follow the redirect to the
     * dashboard. Returns the session cookie(s) as a {@code Cookie} header value, e.g. {@code JSESSIONID=...}.
     * Throws {@link AssertionError} when the login does not end on the dashboard.
     */
    public String login(String user, String password) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        try {
            HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(server.uri("/dashboard/")).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (loginPage.statusCode() != 200) {
                throw new AssertionError("GET /dashboard/ before login: HTTP " + loginPage.statusCode() + "\n" + loginPage.body());
            }
            String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> afterLogin = http.send(HttpRequest.newBuilder(server.uri("/j_security_check"))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", server.origin())
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean onDashboard = afterLogin.statusCode() == 200
                    && afterLogin.uri().getPath().startsWith("/dashboard")
                    && !afterLogin.body().contains("j_security_check");
            if (!onDashboard) {
                throw new AssertionError("login of " + user + " did not reach the dashboard: HTTP " + afterLogin.statusCode()
                        + " at " + afterLogin.uri());
            }
            String header = cookies.getCookieStore().get(server.baseUri()).stream()
                    .map(HttpCookie::toString)
                    .collect(Collectors.joining("; "));
            if (header.isEmpty()) {
                throw new AssertionError("login of " + user + " reached the dashboard but left no session cookie");
            }
            return header;
        } catch (IOException e) {
            throw new IllegalStateException("login of " + user + " at " + server.baseUri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs the demo account in and opens {@code /ws/agent} with its session cookie and the server's origin. */
    public JsonSocket openAgentSocket(String user) {
        return JsonSocket.connect(agentSocketUri(), server.origin(), login(user));
    }

    public URI agentSocketUri() {
        return server.wsUri("/ws/agent");
    }
}
