package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In chromium (agents A8): a supervisor with an English browser switches the dashboard to Dutch in the top bar; the
 * dashboard, their profile page, a refusal of the photo API, the 403 page and answer, and the wall display are then
 * Dutch, also after logging out and in again; switching back on another page stays on that page. Without a choice the
 * browser's language decides. Seed assumptions: an account of its own (TestAccounts, made a supervisor here).
 */
class BrowserLanguageIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static String agent;
    static ChromeDriver english;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        agent = TestAccounts.create(server, "lang", "Lotte Taal");
        try (Connection db = server.jdbc(); PreparedStatement role = db.prepareStatement("UPDATE agent SET role = 'SUPERVISOR' WHERE username = ?")) {
            role.setString(1, agent);
            role.executeUpdate();
        }
        english = Browsers.start("en");
    }

    @AfterAll
    static void quit() {
        if (english != null) {
            english.quit();
        }
        TestAccounts.delete(server, agent);
    }

    @BeforeEach
    void followTheBrowser() throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement reset = db.prepareStatement("UPDATE agent SET dashboard_language = NULL WHERE username = ?")) {
            reset.setString(1, agent);
            reset.executeUpdate();
        }
    }

    @Test
    void anEnglishAgentSwitchesToDutchAndKeepsItOnEveryPageAndAfterLoggingInAgain() throws Exception {
        Browsers.logIn(english, server, agent, WAIT);
        Browsers.cspViolations(english);
        assertThat(lang(english)).as("A8 the browser's language").isEqualTo("en");
        assertThat(english.findElement(By.id("chats-heading")).getText()).startsWith("My chats");
        assertThat(current(english, "en")).as("A8 aria-current").isEqualTo("true");
        assertThat(current(english, "nl")).isEqualTo("false");
        WebElement dutch = english.findElement(By.cssSelector("[data-sf=language-nl]"));
        assertThat(dutch.getAttribute("lang")).as("A8 the label in its own language").isEqualTo("nl");
        assertThat(dutch.getAccessibleName()).as("A8 named").isEqualTo("NL Nederlands");
        assertThat(english.findElement(By.cssSelector("[data-sf=language-switch]")).getAccessibleName()).isEqualTo("Language");

        dutch.click();
        waitFor(english, () -> "nl".equals(lang(english)));
        assertThat(english.getCurrentUrl()).as("A8 back on the same page").contains("/dashboard/");
        assertThat(english.findElement(By.id("chats-heading")).getText()).as("A8").startsWith("Mijn chats");
        assertThat(english.findElement(By.id("presence:logout")).getText()).as("A8").isEqualTo("Uitloggen");
        assertThat(english.findElement(By.id("reply-form")).findElement(By.cssSelector("label[for=reply]")).getAttribute("textContent"))
                .as("A8 the texts the dashboard's script gets").isEqualTo("Antwoord");
        assertThat(current(english, "nl")).as("A8 aria-current").isEqualTo("true");
        assertThat(current(english, "en")).isEqualTo("false");
        assertThat(english.findElement(By.cssSelector("[data-sf=language-switch]")).getAccessibleName()).isEqualTo("Taal");
        assertThat(storedLanguage()).as("A8 stored with the agent").isEqualTo("NL");

        // Another page, and a refusal of the photo API said on it.
        english.findElement(By.id("presence:profile-link")).click();
        waitFor(english, () -> english.getTitle().startsWith("Je profiel"));
        assertThat(lang(english)).as("A8 the profile page").isEqualTo("nl");
        Path text = Files.writeString(Files.createTempDirectory("language-it").resolve("notes.png"), "this is no picture");
        english.findElement(By.cssSelector("[data-sf=photo-file]")).sendKeys(text.toString());
        english.findElement(By.cssSelector("[data-sf=photo-save]")).click();
        waitFor(english, () -> english.findElement(By.id("photo-status")).getText()
                .equals("Dit bestand is geen JPEG-, PNG- of WebP-afbeelding."));

        // A supervisor may not open the admins' pages: the refusal is Dutch too, as a page and from /api.
        english.get(server.uri("/dashboard/keys.xhtml").toString());
        waitFor(english, () -> english.findElement(By.tagName("p")).getText().equals("Je rol geeft geen toegang tot deze pagina."));
        assertThat(lang(english)).as("A8 the 403 page").isEqualTo("nl");
        JsonObject refusal = Json.createReader(new StringReader((String) ((JavascriptExecutor) english).executeAsyncScript(
                "var done = arguments[0]; fetch('/api/keys', { credentials: 'same-origin' })"
                        + ".then(function (r) { return r.text(); }).then(done, function (e) { done(String(e)); });"))).readObject();
        assertThat(refusal.getString("error")).isEqualTo("forbidden");
        assertThat(refusal.getString("message")).as("A8 the 403 answer of the API").isEqualTo("Dit mag je met je rol niet doen.");

        english.get(server.uri("/wall/").toString());
        waitFor(english, () -> english.findElement(By.cssSelector("[data-text='wall.title']")).getText().equals("Wandscherm"));
        assertThat(lang(english)).as("A8 the wall display").isEqualTo("nl");
        assertThat(english.findElement(By.id("agents-heading")).getAttribute("textContent")).as("A8 hidden until the first snapshot")
                .isEqualTo("Medewerkers");

        english.get(server.uri("/dashboard/").toString());
        waitFor(english, () -> english.findElement(By.id("presence:logout"))).click();
        waitFor(english, () -> english.findElement(By.id("j_username")));
        Browsers.logIn(english, server, agent, WAIT);
        assertThat(lang(english)).as("A8 kept after logging in again").isEqualTo("nl");
        assertThat(english.findElement(By.id("chats-heading")).getText()).startsWith("Mijn chats");

        // Back to English from another page: that page again, in English.
        english.findElement(By.id("presence:answers-link")).click();
        waitFor(english, () -> english.getTitle().startsWith("Standaardantwoorden"));
        english.findElement(By.cssSelector("[data-sf=language-en]")).click();
        waitFor(english, () -> "en".equals(lang(english)));
        assertThat(english.getCurrentUrl()).as("A8 the same page").contains("/dashboard/answers.xhtml");
        assertThat(english.getTitle()).startsWith("Canned answers");
        assertThat(storedLanguage()).isEqualTo("EN");
        assertThat(Browsers.cspViolations(english)).as("S-HEAD").isEmpty();
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageDecides() throws Exception {
        ChromeDriver dutch = Browsers.startAccepting("nl");
        try {
            dutch.get(server.uri("/dashboard/").toString());
            waitFor(dutch, () -> dutch.findElement(By.id("j_username")));
            assertThat(lang(dutch)).as("A8 the login page").isEqualTo("nl");
            Browsers.logIn(dutch, server, agent, WAIT);
            assertThat(lang(dutch)).as("A8 no choice: the browser's").isEqualTo("nl");
            assertThat(dutch.findElement(By.id("chats-heading")).getText()).startsWith("Mijn chats");
            assertThat(current(dutch, "nl")).isEqualTo("true");
            assertThat(storedLanguage()).as("A8 nothing stored until the agent chooses").isNull();
        } finally {
            dutch.quit();
        }
        ChromeDriver german = Browsers.startAccepting("de");
        try {
            Browsers.logIn(german, server, agent, WAIT);
            assertThat(lang(german)).as("A8 a language the dashboard does not speak: English").isEqualTo("en");
        } finally {
            german.quit();
        }
    }

    private static String lang(WebDriver browser) {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private static String current(WebDriver browser, String language) {
        return browser.findElement(By.cssSelector("[data-sf=language-" + language + "]")).getAttribute("aria-current");
    }

    private static String storedLanguage() throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT dashboard_language FROM agent WHERE username = ?")) {
            query.setString(1, agent);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static <T> T waitFor(WebDriver browser, Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
