package nl.shopfloor.loadtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/** The dashboard's form login (Jakarta Security) as a browser does it, for the agents and the supervisor of a load driver. */
final class FormLogin {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private FormLogin() {
    }

    /** GET the login page, POST j_security_check (password {@code demo}), follow to the dashboard; returns the Cookie header. */
    static String cookie(MicroServer server, String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/dashboard/")).timeout(WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /dashboard/ for " + username + ": HTTP " + page.statusCode());
        }
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password=demo";
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/j_security_check")).timeout(WAIT)
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.origin())
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || !after.uri().getPath().startsWith("/dashboard") || after.body().contains("j_security_check")) {
            throw new IllegalStateException("login of " + username + " did not reach the dashboard: HTTP " + after.statusCode() + " at " + after.uri());
        }
        String header = cookies.getCookieStore().get(server.baseUri()).stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
        if (header.isEmpty()) {
            throw new IllegalStateException("login of " + username + " left no session cookie");
        }
        return header;
    }
}
