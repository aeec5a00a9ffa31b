package nl.shopfloor.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP side of a delivery: one POST, redirects never followed (a 3xx is a failure: it could point anywhere, W2),
 * 5 s to connect and 10 s for the answer, at most 4 KB of the answer read.
 */
@ApplicationScoped
public class Receiver {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_ANSWER = 4096;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public record Answer(int status, String body) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    public Answer post(URI to, Map<String, String> headers, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(to).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Shopfloor-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream answer = response.body()) {
            return new Answer(response.statusCode(), new String(answer.readNBytes(MAX_ANSWER), StandardCharsets.UTF_8));
        }
    }
}
