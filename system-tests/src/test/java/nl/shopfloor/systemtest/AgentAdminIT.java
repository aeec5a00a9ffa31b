package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In chromium: a supervisor changes an agent's maximum and skills on the agents page, and the database has
 * them; a supervisor makes a rotation on the roster page and sets a team's opening hours; an agent may not open the page; an admin opens an
 * account that can log in.
 * Seed assumptions: demo supervisor anouk, admin, agents sanne and pieter (max 3 chats, skills topic:service
 * and language:nl — restored afterwards, other tests rely on them).
 */
class AgentAdminIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        browser = Browsers.start("nl");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void restorePieter() throws Exception {
        try (Connection db = server.jdbc()) {
            db.createStatement().executeUpdate("UPDATE agent SET max_chats = 3 WHERE username = 'pieter'");
            db.createStatement().executeUpdate("DELETE FROM agent_skill WHERE agent_username = 'pieter' AND kind = 'BRAND'");
            db.createStatement().executeUpdate("DELETE FROM roster_shift WHERE agent_username = 'pieter'");
            db.createStatement().executeUpdate("UPDATE agent SET roster_step = NULL, status = 'OFFLINE' WHERE username = 'pieter'");
        }
        // Through the application, so its cache of opening hours and the widgets hear of it.
        assertThat(Supervisor.anouk(server).put("/api/hours/teams/aftercare", "{\"periods\": []}")).isEqualTo(200);
    }

    @Test
    void aSupervisorChangesMaxChatsAndSkills() throws Exception {
        logIn("anouk", "demo");
        waitFor(() -> browser.findElement(By.id("presence:agents-link"))).click();
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=edit-agent][data-agent=pieter]"))).click();

        WebElement max = waitFor(() -> visible(By.id("edit:max_input")));
        assertThat(browser.findElement(By.id("edit:displayName")).getAttribute("value")).isEqualTo("Pieter Visser");
        max.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        WebElement brands = browser.findElement(By.id("edit:brands_input"));
        brands.sendKeys("HP");
        brands.sendKeys(Keys.ENTER);
        browser.findElement(By.id("edit:save")).click();

        waitFor(() -> !browser.findElement(By.id("edit-dialog")).isDisplayed());
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=max-chats][data-agent=pieter]")).getText().equals("5"));
        assertThat(browser.findElement(By.cssSelector("[data-sf=skills][data-agent=pieter]")).getText()).contains("hp");

        assertThat(query("SELECT max_chats FROM agent WHERE username = 'pieter'")).containsExactly("5");
        assertThat(query("SELECT CONCAT(LOWER(kind), ':', skill) FROM agent_skill WHERE agent_username = 'pieter'"))
                .containsExactlyInAnyOrder("brand:hp", "topic:service", "language:nl");
    }

    @Test
    void aSupervisorMakesARotationOnTheRosterPage() throws Exception {
        logIn("anouk", "demo");
        waitFor(() -> browser.findElement(By.id("presence:roster-link"))).click();
        waitFor(() -> browser.findElement(By.xpath("//form[@id='rotation']//label[text()='Pieter Visser']"))).click();
        browser.findElement(By.xpath("//form[@id='rotation']//label[text()='E-mail']")).click();
        browser.findElement(By.id("rotation:rotate")).click();

        waitFor(() -> browser.findElements(By.cssSelector("[data-sf=shift][data-agent=pieter]")).size() == 5 * 5);
        assertThat(browser.findElement(By.id("page-messages")).getText()).contains("1");
        assertThat(query("SELECT CONCAT(day_of_week, ' ', start_minute, '-', end_minute, ' ', channel) FROM roster_shift"
                + " WHERE agent_username = 'pieter' AND day_of_week = 1 ORDER BY start_minute")).containsExactly(
                "1 480-600 CHAT", "1 600-720 PHONE", "1 720-840 CHAT", "1 840-960 PHONE", "1 960-1080 CHAT");

        WebElement remove = browser.findElement(By.cssSelector("[data-sf=shift][data-agent=pieter] button"));
        assertThat(remove.getAttribute("aria-label")).contains("Pieter Visser").contains("08:00");
        remove.click();
        waitFor(() -> browser.findElements(By.cssSelector("[data-sf=shift][data-agent=pieter]")).size() == 5 * 5 - 1);
        assertThat(query("SELECT COUNT(*) FROM roster_shift WHERE agent_username = 'pieter'")).containsExactly("24");
    }

    @Test
    void aSupervisorSetsATeamsOpeningHours() throws Exception {
        logIn("anouk", "demo");
        waitFor(() -> browser.findElement(By.id("presence:hours-link"))).click();
        WebElement aftercare = waitFor(() -> browser.findElement(By.cssSelector("form[data-sf=team-hours][data-team=aftercare]")));
        aftercare.findElement(By.cssSelector("div.ui-selectbooleancheckbox[data-day=SATURDAY] .ui-chkbox-box")).click();
        aftercare.findElement(By.cssSelector("[data-sf=save-hours]")).click();
        waitFor(() -> browser.findElement(By.id("page-messages")).getText().contains("Aftercare"));
        assertThat(query("SELECT CONCAT(day_of_week, ' ', open_minute, '-', close_minute) FROM opening_period WHERE team_id = 'aftercare'"))
                .containsExactly("6 540-1020");
    }

    @Test
    void anAgentGetsNoAccess() throws Exception {
        String cookie = new AgentLogin(server).login("sanne");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/dashboard/agents.xhtml"))
                .header("Cookie", cookie).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("agents:list");
        HttpResponse<String> roster = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/dashboard/roster.xhtml"))
                .header("Cookie", cookie).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(roster.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesAnAgentWhoCanLogIn() throws Exception {
        String username = "tess." + Long.toString(System.nanoTime() % 100_000);
        String password = "tien-tekens-lang";
        try {
            logIn("admin", "demo");
            browser.get(server.uri("/dashboard/agents.xhtml").toString());

            waitFor(() -> browser.findElement(By.id("new-agent:username"))).sendKeys("sanne");
            browser.findElement(By.id("new-agent:new-name")).sendKeys("Tess de Boer");
            browser.findElement(By.id("new-agent:new-password")).sendKeys(password);
            browser.findElement(By.id("new-agent:create")).click();
            waitFor(() -> browser.findElement(By.cssSelector("#new-agent\\:new-agent-messages .ui-messages-error")));
            assertThat(query("SELECT COUNT(*) FROM agent WHERE display_name = 'Tess de Boer'")).as("nothing saved").containsExactly("0");

            WebElement user = browser.findElement(By.id("new-agent:username"));
            user.clear();
            user.sendKeys(username);
            browser.findElement(By.id("new-agent:new-password")).sendKeys(password);
            browser.findElement(By.id("new-agent:create")).click();
            waitFor(() -> browser.findElement(By.id("new-agent:new-agent-messages")).getText().contains(username));
            waitFor(() -> !browser.findElements(By.cssSelector("[data-sf=edit-agent][data-agent='" + username + "']")).isEmpty());

            assertThat(new AgentLogin(server).login(username, password)).contains("JSESSIONID");
        } finally {
            try (Connection db = server.jdbc(); PreparedStatement delete = db.prepareStatement("DELETE FROM agent WHERE username = ?")) {
                delete.setString(1, username);
                delete.executeUpdate();
            }
        }
    }

    private static void logIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(server.uri("/dashboard/").toString());
        waitFor(() -> browser.findElement(By.id("j_username"))).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        waitFor(() -> browser.findElement(By.id("presence:logout")));
    }

    private static WebElement visible(By by) {
        WebElement element = browser.findElement(by);
        return element.isDisplayed() ? element : null;
    }

    private static List<String> query(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = server.jdbc(); ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
