package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Importing articles through the shop API (knowledge K2) and the page Shopfloor serves for an article without a URL
 * (K1). Seed assumptions: demo shop "demo" with admin "admin"; the articles this test imports carry refs of its own.
 */
class KnowledgeApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ShopBackend shop;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        shop = ShopBackend.withWriteKey(server, new Supervisor(server, "admin"), "knowledge import");
    }

    @Test
    void rowsAreCheckedOneByOneAndAnImportAgainChangesNothingMore() {
        String ref = "kit-" + UUID.randomUUID();
        String body = "{\"articles\": [{\"language\": \"en\", \"title\": \"Gift <wrapping>\", \"body\": \"We wrap <script>x</script> & ship\", \"ref\": \""
                + ref + "\"}, {\"language\": \"de\", \"title\": \"x\", \"body\": \"y\", \"ref\": \"r\"},"
                + " {\"language\": \"en\", \"title\": \"No key\", \"body\": \"y\"}, {\"language\": \"en\", \"title\": 3, \"body\": \"y\", \"ref\": \"r3\"}]}";
        HttpResponse<String> first = shop.call("POST", "/api/v1/articles", body);
        assertThat(first.statusCode()).as("K2 %s", first.body()).isEqualTo(200);
        JsonObject report = ShopBackend.json(first.body());
        assertThat(report.getInt("created")).as("K2 the valid row").isEqualTo(1);
        assertThat(report.getJsonArray("refused").getValuesAs(JsonObject.class))
                .extracting(row -> row.getInt("row") + " " + row.getString("error"))
                .as("K2 each bad row by number and reason")
                .containsExactly("2 'language' must be nl or en",
                        "3 give a 'ref' or a 'url', so that importing the file again updates the article",
                        "4 'title' must be a string");

        JsonObject again = ShopBackend.json(shop.call("POST", "/api/v1/articles", body).body());
        assertThat(again.getInt("created")).as("K2 idempotent by ref").isZero();
        assertThat(again.getInt("updated")).as("K2 idempotent by ref").isEqualTo(1);

        HttpResponse<String> none = shop.call("POST", "/api/v1/articles", "{\"articles\": [{\"language\": \"fr\"}]}");
        assertThat(none.statusCode()).as("K2 no valid row").isEqualTo(422);
        HttpResponse<String> shapeless = shop.call("POST", "/api/v1/articles", "{\"items\": []}");
        assertThat(shapeless.statusCode()).as("K2 not a list of articles").isEqualTo(400);
        assertThat(shapeless.body()).contains("articles");
        assertThat(shop.call("POST", "/api/v1/articles", "[{").statusCode()).as("K2 not JSON").isEqualTo(400);
    }

    @Test
    void anArticleWithoutUrlIsServedEscapedAndCacheable() throws Exception {
        String ref = "kit-" + UUID.randomUUID();
        String title = "Cadeau " + ref + " <b>inpakken</b>";
        shop.call("POST", "/api/v1/articles", "{\"articles\": [{\"language\": \"nl\", \"title\": \"" + title
                + "\", \"body\": \"Wij pakken <script>alert(1)</script> in\", \"ref\": \"" + ref + "\"}]}");
        // the shopper's way to it: a suggestion over the widget socket
        try (JsonSocket widget = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), server.origin(), null)) {
            widget.sendRaw("{\"type\": \"hello\", \"lang\": \"nl\"}");
            widget.awaitType("welcome", WAIT);
            widget.sendRaw("{\"type\": \"suggest\", \"text\": \"" + ref + " inpakken\", \"ref\": 7}");
            JsonObject suggestions = widget.awaitType("suggestions", WAIT);
            assertThat(suggestions.getInt("ref")).as("K4 answered with the widget's ref").isEqualTo(7);
            JsonObject article = suggestions.getJsonArray("articles").getJsonObject(0);
            assertThat(article.getString("title")).as("K3").isEqualTo(title);
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri(article.getString("url"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("K1").isEqualTo(200);
            assertThat(page.body()).as("K1 escaped").contains("Cadeau " + ref + " &lt;b&gt;inpakken&lt;/b&gt;")
                    .contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<b>");
            assertThat(page.headers().firstValue("Cache-Control")).as("K1 cacheable").hasValueSatisfying(v -> assertThat(v).contains("max-age=300"));

            widget.sendRaw("{\"type\": \"suggest\", \"text\": 5}");
            assertThat(widget.awaitType("error", WAIT).getString("code")).as("K4 a bad frame").isEqualTo("invalid");
        }
        assertThat(HTTP.send(HttpRequest.newBuilder(server.uri("/api/knowledge/AAAAAAAAAAAAAAAAAAAAAAAA")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("K1 unknown").isEqualTo(404);
    }
}
