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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The presence buttons and frames: an empty or unknown status changes nothing and breaks nothing (agents A1). */
class PresenceButtonsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ChromeDriver browser;
    static String agent;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        agent = TestAccounts.create(server, "presence", "Presence Test");
        browser = Browsers.start("en");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
        TestAccounts.delete(server, agent);
    }

    @Test
    void clickingTheActiveButtonKeepsTheStatusAndTheNextClickStillWorks() throws Exception {
        browser.get(server.uri("/dashboard/").toString());
        waitFor(() -> browser.findElement(By.id("j_username"))).sendKeys(agent);
        browser.findElement(By.id("j_password")).sendKeys(AgentLogin.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
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
        try (JsonSocket dashboard = new AgentLogin(server).openAgentSocket(agent)) {
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
        return browser.findElement(By.xpath("//div[@id='presence:status']/div[contains(@class,'ui-button')][.//span[text()='" + label + "']]"));
    }

    private static String storedStatus() throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT status FROM agent WHERE username = ?")) {
            query.setString(1, agent);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long serverFailures() throws Exception {
        try (var lines = Files.lines(server.log())) {
            return lines.filter(line -> line.contains("EJBException") || line.contains("TransactionRolledback")).count();
        }
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
