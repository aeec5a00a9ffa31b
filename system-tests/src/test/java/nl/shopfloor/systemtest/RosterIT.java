package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rosters over the REST API a supervisor (or a workforce-management system) uses: saving a roster moves the
 * agent's presence at once and pushes it to their dashboard; bad rosters get a clear 400 and change nothing.
 * Shift boundaries over time are unit-tested with explicit instants (RosterTest, AgentRosterTest); here the
 * shifts cover the whole week, so the test does not depend on the time of day it runs.
 */
class RosterIT {

    private static final String ALL_DAYS = "[\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"friday\",\"saturday\",\"sunday\"]";

    static ShopfloorServer server;
    static Supervisor anouk;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        anouk = Supervisor.anouk(server);
    }

    @AfterEach
    void clearRosters() throws Exception {
        for (String agent : new String[] {"sanne", "mehmet"}) {
            assertThat(anouk.call("DELETE", "/api/roster/agents/" + agent, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void savingARosterMovesTheAgentBetweenChannelsAtOnce() throws Exception {
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne")) {
            assertThat(anouk.put("/api/roster/rotation", wholeWeek("sanne", "phone"))).isEqualTo(200);
            awaitPresence(sanne, "busy_elsewhere");
            assertThat(currentChannel("sanne")).isEqualTo("phone");

            assertThat(anouk.put("/api/roster/rotation", wholeWeek("sanne", "chat"))).isEqualTo(200);
            awaitPresence(sanne, "online");
            assertThat(currentChannel("sanne")).isEqualTo("chat");

            assertThat(anouk.call("DELETE", "/api/roster/agents/sanne", null).statusCode()).isEqualTo(204);
            awaitPresence(sanne, "away");
            assertThat(currentChannel("sanne")).isNull();
        }
    }

    @Test
    void aRotationSpreadsTheAgentsOverTheChannels() throws Exception {
        String body = "{\"agents\": [\"sanne\", \"mehmet\"], \"channels\": [\"chat\", \"phone\"], \"days\": " + ALL_DAYS
                + ", \"from\": \"00:00\", \"to\": \"24:00\", \"blockMinutes\": 60}";
        assertThat(anouk.put("/api/roster/rotation", body)).isEqualTo(200);
        assertThat(java.util.List.of(currentChannel("sanne"), currentChannel("mehmet"))).containsExactlyInAnyOrder("chat", "phone");
        JsonObject sanne = agentRoster("sanne");
        // Hourly blocks alternate, so each day has 24 one-hour shifts.
        assertThat(sanne.getJsonArray("shifts")).hasSize(7 * 24);
    }

    @Test
    void badRostersAreRefusedWithAReasonAndChangeNothing() throws Exception {
        assertRefused("PUT", "/api/roster/rotation", "{\"agents\": [\"sanne\"], \"channels\": [\"chat\"], \"days\": [\"monday\"],"
                + " \"from\": \"18:00\", \"to\": \"08:00\", \"blockMinutes\": 60}");
        assertRefused("PUT", "/api/roster/rotation", "{\"agents\": [\"nobody\"], \"channels\": [\"chat\"], \"days\": [\"monday\"],"
                + " \"from\": \"08:00\", \"to\": \"18:00\", \"blockMinutes\": 60}");
        assertRefused("PUT", "/api/roster/rotation", "{\"agents\": [\"sanne\"], \"channels\": [\"fax\"], \"days\": [\"monday\"],"
                + " \"from\": \"08:00\", \"to\": \"18:00\", \"blockMinutes\": 60}");
        assertRefused("POST", "/api/roster/shifts", "{\"agent\": \"sanne\", \"day\": \"someday\", \"from\": \"08:00\", \"to\": \"09:00\","
                + " \"channel\": \"chat\"}");
        assertRefused("POST", "/api/roster/shifts", "not json");
        assertThat(agentRoster("sanne").getJsonArray("shifts")).isEmpty();

        String shift = "{\"agent\": \"sanne\", \"day\": \"monday\", \"from\": \"08:00\", \"to\": \"10:00\", \"channel\": \"phone\"}";
        assertThat(anouk.call("POST", "/api/roster/shifts", shift).statusCode()).isEqualTo(201);
        assertRefused("POST", "/api/roster/shifts", shift.replace("08:00", "09:00").replace("10:00", "11:00"));
        assertThat(agentRoster("sanne").getJsonArray("shifts")).hasSize(1);
    }

    @Test
    void agentsMayNotChangeRosters() throws Exception {
        Supervisor sanne = new Supervisor(server, "sanne");
        assertThat(sanne.put("/api/roster/rotation", wholeWeek("sanne", "phone"))).isEqualTo(403);
        assertThat(sanne.call("GET", "/api/roster", null).statusCode()).isEqualTo(403);
    }

    private static void assertRefused(String method, String path, String body) throws Exception {
        HttpResponse<String> response = anouk.call(method, path, body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(Json.createReader(new StringReader(response.body())).readObject().getString("error")).as(body).isNotBlank();
    }

    private static String wholeWeek(String agent, String channel) {
        return "{\"agents\": [\"" + agent + "\"], \"channels\": [\"" + channel + "\"], \"days\": " + ALL_DAYS
                + ", \"from\": \"00:00\", \"to\": \"24:00\", \"blockMinutes\": 120}";
    }

    private static void awaitPresence(OnlineAgent agent, String status) {
        JsonObject presence;
        do {
            presence = agent.socket.awaitType("presence", OnlineAgent.WAIT);
        } while (!status.equals(presence.getString("status")));
    }

    private static String currentChannel(String username) throws Exception {
        JsonObject agent = agentRoster(username);
        return agent.isNull("now") ? null : agent.getString("now");
    }

    private static JsonObject agentRoster(String username) throws Exception {
        return anouk.getJson("/api/roster").getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                .filter(agent -> agent.getString("username").equals(username)).findFirst().orElseThrow();
    }
}
