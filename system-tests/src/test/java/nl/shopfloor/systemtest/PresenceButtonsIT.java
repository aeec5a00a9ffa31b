package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The presence buttons and frames: an empty or unknown status changes nothing and breaks nothing (agents A1). */
class PresenceButtonsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("presence", "Presence Test", true);

    @Test
    void clickingTheActiveButtonKeepsTheStatusAndTheNextClickStillWorks() throws Exception {
        session.logIn(WAIT);
        waitFor(() -> button("Online")).click();
        Conditions.await("online", () -> "ONLINE".equals(storedStatus()), WAIT);
        long failuresBefore = serverFailures();

        button("Online").click();
        waitFor(() -> button("Online").getAttribute("class").contains("ui-state-active"));
        button("Away").click();
        Conditions.await("away", () -> "AWAY".equals(storedStatus()), WAIT);
        assertThat(button("Away").getAttribute("class")).as("A1").contains("ui-state-active");
        assertThat(button("Online").getAttribute("class")).doesNotContain("ui-state-active");
        assertThat(serverFailures()).as("A1 no exception in the server log").isEqualTo(failuresBefore);
    }

    @Test
    void anEmptyOrUnknownStatusFrameGetsAnInvalidError() throws Exception {
        try (JsonSocket dashboard = new AgentLogin(session.server).openAgentSocket(session.agent)) {
            dashboard.awaitType("snapshot", WAIT);
            dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", "away").build());
            dashboard.awaitType("presence", WAIT);
            long failuresBefore = serverFailures();
            for (String status : new String[]{"", "asleep"}) {
                dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", status).build());
                JsonObject error = dashboard.awaitType("error", WAIT);
                assertThat(error.getString("code")).as("A1 '" + status + "'").isEqualTo("invalid");
            }
            dashboard.send(Json.createObjectBuilder().add("type", "presence").build());
            assertThat(dashboard.awaitType("error", WAIT).getString("code")).as("A1 no status").isEqualTo("invalid");
            assertThat(storedStatus()).as("A1 unchanged").isEqualTo("AWAY");
            assertThat(serverFailures()).as("A1 no exception in the server log").isEqualTo(failuresBefore);
        }
    }

    private static WebElement button(String label) {
        return session.browser.findElement(By.xpath("//div[@id='presence:status']/div[contains(@class,'ui-button')][.//span[text()='" + label + "']]"));
    }

    private static String storedStatus() throws Exception {
        try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT status FROM agent WHERE username = ?")) {
            query.setString(1, session.agent);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long serverFailures() throws Exception {
        try (var lines = Files.lines(session.server.log())) {
            return lines.filter(line -> line.contains("EJBException") || line.contains("TransactionRolledback")).count();
        }
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(session.browser, WAIT, condition);
    }
}
