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

/** The presence control (native radio buttons in a fieldset) and frames: an empty or unknown status changes nothing and breaks nothing (agents A1). */
class PresenceButtonsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("presence", "Presence Test", true);

    @Test
    void choosingTheCheckedStatusAgainKeepsItAndTheNextChoiceStillWorks() throws Exception {
        onDashboard();
        Browsers.choosePresence(session.browser, "Online", WAIT);
        Conditions.await("online", () -> "ONLINE".equals(storedStatus()), WAIT);
        long failuresBefore = serverFailures();

        Browsers.choosePresence(session.browser, "Online", WAIT);
        assertThat(radio("online").isSelected()).as("A1 the checked option stays checked").isTrue();
        Browsers.choosePresence(session.browser, "Away", WAIT);
        Conditions.await("away", () -> "AWAY".equals(storedStatus()), WAIT);
        assertThat(radio("away").isSelected()).as("A1").isTrue();
        assertThat(radio("online").isSelected()).isFalse();
        assertThat(session.browser.findElements(By.cssSelector("[role=radio], [aria-checked]"))).as("native radio buttons, no ARIA roles").isEmpty();
        assertThat(session.browser.findElement(By.cssSelector("fieldset[data-sf=presence] > legend")).getAttribute("textContent"))
                .as("the group is named by its legend").isEqualTo("My status");
        assertThat(serverFailures()).as("A1 no exception in the server log").isEqualTo(failuresBefore);
    }

    @Test
    void aStatusChangedElsewhereShowsInTheControlWithoutAReload() throws Exception {
        onDashboard();
        Browsers.choosePresence(session.browser, "Online", WAIT);
        session.browser.executeScript("window.sfSamePage = true");
        try (JsonSocket other = new AgentLogin(session.server).openAgentSocket(session.agent)) {
            other.awaitType("snapshot", WAIT);
            other.send(Json.createObjectBuilder().add("type", "presence").add("status", "busy_elsewhere").build());
            waitFor(() -> radio("busy_elsewhere").isSelected());
        }
        assertThat(session.browser.executeScript("return window.sfSamePage === true")).as("no reload").isEqualTo(true);
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

    private static void onDashboard() {
        session.onDashboard(WAIT);
    }

    private static WebElement radio(String status) {
        return session.browser.findElement(By.cssSelector("fieldset[data-sf=presence] input[type=radio][value=" + status + "]"));
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
