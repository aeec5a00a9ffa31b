package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down per account and per client address (agents A5). Every test logs in to its
 * own accounts from its own addresses (X-Forwarded-For; the harness trusts 127.0.0.1 as a proxy), so no demo
 * agent and not 127.0.0.1 itself is ever throttled. Thresholds are the defaults (5 free failures per account,
 * 20 per address) with the harness's first wait of 5 s.
 */
class LoginThrottlingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern WAIT = Pattern.compile("/login\\.xhtml\\?wait=(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    static ShopfloorServer server;
    static final List<String> accounts = new ArrayList<>();

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @AfterAll
    static void removeAccounts() {
        accounts.forEach(username -> TestAccounts.delete(server, username));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordMustWaitAndTheLoginPageSaysHowLong() throws Exception {
        String user = account();
        String client = "203.0.113.11";
        for (int i = 0; i < 5; i++) {
            assertThat(location(attempt(user, "wrong-" + i, client, true))).as("A5 free failures").contains("failed=true");
        }

        String waitPage = location(attempt(user, AgentLogin.DEMO_PASSWORD, client, true));
        Matcher wait = WAIT.matcher(waitPage);
        assertThat(wait.find()).as("A5 the right password is refused during the wait: " + waitPage).isTrue();
        int seconds = Integer.parseInt(wait.group(1));
        assertThat(seconds).as("A5 the first wait").isBetween(1, 5);

        HttpResponse<String> call = attempt(user, AgentLogin.DEMO_PASSWORD, client, false);
        assertThat(call.statusCode()).as("A5 a call that does not ask for a page").isEqualTo(429);
        assertThat(call.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(Integer.parseInt(call.headers().firstValue("Retry-After").orElse("0"))).as("A5 Retry-After").isBetween(1, 5);
        assertThat(json(call.body()).getString("error")).isEqualTo("too_many_attempts");
        assertThat(attempt(user, AgentLogin.DEMO_PASSWORD, "203.0.113.12", false).statusCode())
                .as("A5 the account waits from every address").isEqualTo(429);

        assertThat(get(waitPage, "en").body()).as("A5 en").contains("Too many failed logins. Wait " + seconds + " seconds");
        assertThat(get(waitPage, "nl").body()).as("A5 nl").contains("Wacht " + seconds + " seconden");
        assertThat(get("/login.xhtml?wait=soon", "en").body()).as("only a number is shown").doesNotContain("Too many failed logins");

        Conditions.await("the right password works once the wait is over",
                () -> location(attempt(user, AgentLogin.DEMO_PASSWORD, client, true)).contains("/dashboard/"), Duration.ofSeconds(30));
        assertThat(location(attempt(user, "wrong-again", client, true))).as("A5 the success cleared the account's count")
                .contains("failed=true");
    }

    @Test
    void failuresCountPerAddressAcrossNamesAndASuccessClearsOnlyTheAccount() throws Exception {
        String user = account();
        String client = "203.0.113.21";
        for (int i = 0; i < 4; i++) {
            assertThat(location(attempt(user, "wrong-" + i, client, true))).contains("failed=true");
        }
        assertThat(location(attempt(user, AgentLogin.DEMO_PASSWORD, client, true))).as("A5").contains("/dashboard/");
        for (int i = 0; i < 4; i++) {
            assertThat(location(attempt(user, "wrong-after-" + i, client, true))).as("A5 counting starts again after a success")
                    .contains("failed=true");
        }
        // 8 failures from this address so far; unknown names count against it as well, up to the 20 free ones.
        for (int i = 0; i < 12; i++) {
            assertThat(location(attempt("nobody-" + i, "guess", client, true))).contains("failed=true");
        }
        assertThat(attempt(user, AgentLogin.DEMO_PASSWORD, client, false).statusCode())
                .as("A5 the address waits, although the account does not").isEqualTo(429);
        assertThat(location(attempt(user, AgentLogin.DEMO_PASSWORD, "203.0.113.22", true)))
                .as("A5 the same account from another address").contains("/dashboard/");
        assertThat(attempt(user, AgentLogin.DEMO_PASSWORD, client, false).statusCode())
                .as("A5 a success does not clear the address's count").isEqualTo(429);
    }

    private static String account() {
        String username = TestAccounts.create(server, "throttle", "Throttle Test");
        accounts.add(username);
        return username;
    }

    private static HttpResponse<String> attempt(String user, String password, String client, boolean browser)
            throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/j_security_check"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", server.origin())
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (browser) {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("HTTP " + response.statusCode());
    }

    private static HttpResponse<String> get(String pathOrUri, String language) throws IOException, InterruptedException {
        URI uri = pathOrUri.startsWith("http") ? URI.create(pathOrUri) : server.uri(pathOrUri);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
