package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shopper rates a chat that ended (C18), once, and the rating counts for the agent in the KPIs (K7).
 * Seed assumptions: demo agent "lisa", supervisor "anouk", shop zone Europe/Amsterdam.
 */
class SurveyIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void aChatThatEndedIsRatedOnceByItsShopperAndCountsForTheAgent() throws Exception {
        Supervisor anouk = Supervisor.anouk(server);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String kpi = "/api/kpi?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        JsonObject before = anouk.getJson(kpi);
        try (OnlineAgent lisa = OnlineAgent.login(server, "lisa"); Shopper shopper = Shopper.arrive(server);
             Shopper stranger = Shopper.arrive(server)) {
            String id = shopper.start("Eva", "Is my order on its way?").getString("id");
            lisa.awaitAssigned();
            assertThat(shopper.rate(id, 5, "rate-open-01").getString("code")).as("not while the chat is open").isEqualTo("no_conversation");

            lisa.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            shopper.socket.awaitType("closed", WAIT);
            assertThat(shopper.rate(id, 6, "rate-six-001").getString("code")).isEqualTo("invalid");
            assertThat(stranger.rate(id, 1, "rate-other-1").getString("code")).as("only the chat's own shopper").isEqualTo("no_conversation");
            assertThat(shopper.rate(id, 5, "rate-five-01").getString("type")).isEqualTo("surveyAck");
            assertThat(shopper.rate(id, 1, "rate-again-1").getString("type")).as("a second rating is acknowledged").isEqualTo("surveyAck");
            assertThat(stored(id)).as("the first rating stands").isEqualTo(5);
        }
        JsonObject after = anouk.getJson(kpi);
        assertThat(after.getJsonObject("satisfaction").getInt("answers") - before.getJsonObject("satisfaction").getInt("answers")).isEqualTo(1);
        assertThat(after.getJsonObject("satisfaction").getInt("satisfied") - before.getJsonObject("satisfaction").getInt("satisfied")).isEqualTo(1);
        JsonObject lisaFigures = after.getJsonArray("agents").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("agent").equals("lisa")).findFirst().orElseThrow();
        assertThat(lisaFigures.getJsonObject("satisfaction").getInt("answers")).as("K7 the agent's own CSAT").isPositive();

        // C18 the agent sees their own rating of the last 30 days on the dashboard, the same figure
        JsonObject month = anouk.getJson("/api/kpi?from=" + today.minusDays(29) + "&to=" + today).getJsonArray("agents").stream()
                .map(JsonObject.class::cast).filter(a -> a.getString("agent").equals("lisa")).findFirst().orElseThrow()
                .getJsonObject("satisfaction");
        String cookie = new AgentLogin(server).login("lisa");
        java.net.http.HttpResponse<String> dashboard = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(server.uri("/dashboard/")).header("Cookie", cookie).header("Accept-Language", "en").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.body()).contains("data-sf=\"own-rating\"").contains(Math.round(month.getJsonNumber("satisfiedShare").doubleValue() * 100)
                + " % satisfied (" + month.getInt("answers") + " ratings, last 30 days)");
    }

    private static int stored(String conversation) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT rating FROM survey WHERE conversation_id = ?")) {
            query.setString(1, conversation);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : -1;
            }
        }
    }
}
