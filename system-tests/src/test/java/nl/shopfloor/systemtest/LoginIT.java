package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agents log in with a form; passwords are PBKDF2 hashes; every role reaches the dashboard, nobody else does. */
class LoginIT {

    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void everyRoleLogsIn() {
        AgentLogin login = new AgentLogin(server);
        assertThat(login.login("sanne")).contains("JSESSIONID");
        assertThat(login.login("anouk")).as("supervisor").contains("JSESSIONID");
        assertThat(login.login("admin")).as("admin").contains("JSESSIONID");
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreRefused() {
        AgentLogin login = new AgentLogin(server);
        assertThatThrownBy(() -> login.login("sanne", "wrong")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> login.login("nobody", "demo")).isInstanceOf(AssertionError.class);
    }

    @Test
    void theDashboardNeedsALogin() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/dashboard/")).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("j_security_check").doesNotContain("id=\"workspace\"");
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() throws Exception {
        try (Connection db = server.jdbc(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT password_hash FROM agent")) {
            int agents = 0;
            while (rows.next()) {
                assertThat(rows.getString(1)).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("demo");
                agents++;
            }
            assertThat(agents).as("the demo accounts").isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void theAgentSocketRefusesOtherOrigins() {
        String cookie = new AgentLogin(server).login("mehmet");
        assertThatThrownBy(() -> JsonSocket.connect(server.wsUri("/ws/agent"), "https://evil.example", cookie))
                .isInstanceOfSatisfying(JsonSocket.HandshakeFailed.class, refused -> assertThat(refused.status()).isEqualTo(403));
    }
}
