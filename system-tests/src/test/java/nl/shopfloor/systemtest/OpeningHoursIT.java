package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opening hours per team and holidays: outside them chat is not offered — also with an agent online — and
 * the widget learns, pushed, when chat opens again; messages are still taken. The hours are set relative to
 * the shop's current day, so the test does not depend on when it runs.
 * Seed assumptions: demo shop (Europe/Amsterdam) with teams first-line, inside-sales, aftercare; sanne in first-line.
 */
class OpeningHoursIT {

    private static final List<String> TEAMS = List.of("first-line", "inside-sales", "aftercare");
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Amsterdam");

    static ShopfloorServer server;
    static Supervisor anouk;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        anouk = Supervisor.anouk(server);
    }

    @AfterEach
    void alwaysOpenAgain() throws Exception {
        for (String team : TEAMS) {
            assertThat(anouk.put("/api/hours/teams/" + team, "{\"periods\": []}")).isEqualTo(200);
        }
        for (JsonObject holiday : anouk.getJson("/api/hours").getJsonArray("holidays").getValuesAs(JsonObject.class)) {
            anouk.call("DELETE", "/api/hours/holidays/" + holiday.getString("id"), null);
        }
    }

    @Test
    void outsideTheHoursChatIsClosedEvenWithAnAgentOnlineAndTheWidgetKnowsWhenItOpens() throws Exception {
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("online")).isTrue();
            String tomorrow = LocalDate.now(SHOP_ZONE).plusDays(1).getDayOfWeek().name().toLowerCase(Locale.ROOT);
            for (String team : TEAMS) {
                assertThat(anouk.put("/api/hours/teams/" + team,
                        "{\"periods\": [{\"day\": \"" + tomorrow + "\", \"from\": \"08:00\", \"to\": \"17:00\"}]}")).isEqualTo(200);
            }
            // Once the first team has hours, sanne's team is closed and nobody else is online: "offline" comes first.
            JsonObject closed = awaitClosed(shopper);
            assertThat(closed.getString("opensAt")).isEqualTo(LocalDate.now(SHOP_ZONE).plusDays(1).atTime(8, 0).toString());
            assertThat(closed.getString("opensAtText")).isEqualTo("tomorrow at 08:00");

            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Late shopper").add("topic", "order")
                    .add("text", "Still there?").add("clientId", Shopper.clientId()).build());
            assertThat(shopper.socket.awaitType("error", Shopper.WAIT).getString("code")).isEqualTo("no_agent");

            try (Shopper dutch = arriveDutch()) {
                assertThat(dutch.welcome.getString("reason")).isEqualTo("closed");
                assertThat(dutch.welcome.getString("opensAtText")).isEqualTo("morgen om 08:00");
            }
            OfflineMailIT.send(server, "en", OfflineMailIT.form("Night owl", "owl@example.org", "order", "Messages still arrive", null));

            assertThat(anouk.put("/api/hours/teams/first-line", "{\"periods\": []}")).isEqualTo(200);
            shopper.awaitAvailability(true);
        }
    }

    @Test
    void aHolidayClosesTheWholeShopUntilTheNextDay() throws Exception {
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("online")).isTrue();
            HttpResponse<String> added = anouk.call("POST", "/api/hours/holidays",
                    "{\"day\": \"" + LocalDate.now(SHOP_ZONE) + "\", \"name\": \"Testdag\"}");
            assertThat(added.statusCode()).isEqualTo(201);
            JsonObject closed = awaitClosed(shopper);
            assertThat(LocalDateTime.parse(closed.getString("opensAt"))).isEqualTo(LocalDate.now(SHOP_ZONE).plusDays(1).atStartOfDay());

            String id = Json.createReader(new StringReader(added.body())).readObject().getString("id");
            assertThat(anouk.call("DELETE", "/api/hours/holidays/" + id, null).statusCode()).isEqualTo(204);
            shopper.awaitAvailability(true);
        }
    }

    @Test
    void badHoursAreRefusedWithAReason() throws Exception {
        for (String bad : List.of("{\"periods\": [{\"day\": \"someday\", \"from\": \"08:00\", \"to\": \"17:00\"}]}",
                "{\"periods\": [{\"day\": \"monday\", \"from\": \"17:00\", \"to\": \"08:00\"}]}",
                "{\"periods\": [{\"day\": \"monday\", \"from\": \"08:00\", \"to\": \"12:00\"}, {\"day\": \"monday\", \"from\": \"11:00\", \"to\": \"17:00\"}]}",
                "{\"periods\": \"always\"}")) {
            HttpResponse<String> response = anouk.call("PUT", "/api/hours/teams/first-line", bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).as(bad).contains("error");
        }
        assertThat(anouk.call("PUT", "/api/hours/teams/no-such-team", "{\"periods\": []}").statusCode()).isEqualTo(400);
        assertThat(anouk.getJson("/api/hours").getJsonArray("teams").getValuesAs(JsonObject.class))
                .allSatisfy(team -> assertThat(team.getJsonArray("periods")).isEmpty());
        assertThat(new Supervisor(server, "sanne").call("GET", "/api/hours", null).statusCode()).isEqualTo(403);
    }

    private static JsonObject awaitClosed(Shopper shopper) {
        JsonObject availability;
        do {
            availability = shopper.awaitAvailability(false);
        } while (!"closed".equals(availability.getString("reason")));
        return availability;
    }

    private static Shopper arriveDutch() {
        JsonSocket socket = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), server.origin(), null);
        socket.send(Json.createObjectBuilder().add("type", "hello").add("lang", "nl")
                .add("page", Json.createObjectBuilder().add("url", server.origin() + "/demo/index.html").add("title", "Home"))
                .add("lastSeq", 0).build());
        return Shopper.wrap(socket, socket.awaitType("welcome", Shopper.WAIT));
    }
}
