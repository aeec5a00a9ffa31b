package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In chromium: the team page shows who can chat, a shopper picks a person and gets them; back on the shop
 * the personal chat button brings them to "their" agent; at the supervisor's cap the contact button
 * turns into the contact form at once.
 * Seed assumptions: demo agents jeroen (Inside sales) and pieter (Aftercare), offline until set online here;
 * supervisor anouk.
 */
class BrowserTeamIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ChromeDriver shopper;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        shopper = Browsers.start("nl");
    }

    @AfterAll
    static void quit() {
        if (shopper != null) {
            shopper.quit();
        }
    }

    @Test
    void aShopperChoosesAPersonOnTheTeamPageAndComesBackToThemWithThePersonalButton() {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen")) {
            String jeroenId;
            String pieterId;
            try (Shopper socket = Shopper.arrive(server)) {
                jeroenId = socket.publicIdOf("Jeroen Bakker");
                pieterId = socket.publicIdOf("Pieter Visser");
            }
            assertThat(jeroenId).as("A5 not the login name").isNotEqualTo("jeroen");
            freshVisit("/demo/team.html");
            WebElement card = waitFor(() -> team().findElement(By.cssSelector("[data-sf=team-member][data-agent='" + jeroenId + "']")));
            WebElement pieterCard = team().findElement(By.cssSelector("[data-sf=team-member][data-agent='" + pieterId + "']"));
            assertThat(pieterCard.findElements(By.cssSelector("[data-sf=team-message]"))).as("Pieter is offline").hasSize(1);

            // in the middle of the window: at its bottom edge the widget's button, fixed in the corner, may cover it
            WebElement teamChat = waitFor(() -> card.findElement(By.cssSelector("[data-sf=team-chat]")));
            shopper.executeScript("arguments[0].scrollIntoView({block: 'center'});", teamChat);
            teamChat.click();
            WebElement name = waitFor(() -> widget().findElement(By.cssSelector("[data-sf=prechat-name]")));
            assertThat(widgetText()).contains("Jeroen Bakker");
            name.clear();
            name.sendKeys("Sara");
            widget().findElement(By.cssSelector("[data-sf=prechat-text]")).sendKeys("Ik zoek een dockingstation voor 3 schermen");
            widget().findElement(By.cssSelector("[data-sf=prechat-start]")).click();

            JsonObject chat = jeroen.awaitAssigned();
            assertThat(chat.getJsonObject("routing").getBoolean("chosenByShopper")).isTrue();
            assertThat(storedOrigin(chat.getString("id"))).as("C19 started on the team page").isEqualTo("TEAM_PAGE");
            jeroen.say(chat.getString("id"), "team-page-answer", "Hoi Sara, daar help ik je graag mee.");
            waitFor(() -> widgetText().contains("daar help ik je graag mee"));
            jeroen.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", chat.getString("id")).build());
            jeroen.socket.awaitType("closed", WAIT);

            shopper.get(server.uri("/demo/index.html").toString());
            WebElement personal = waitFor(() -> widget().findElement(By.cssSelector("[data-sf=own-agent]")));
            assertThat(personal.getText() + " " + personal.getAttribute("aria-label")).contains("Jeroen");
            personal.click();
            waitFor(() -> widget().findElement(By.cssSelector("[data-sf=prechat-start]"))).click();
            JsonObject again = jeroen.awaitAssigned();
            assertThat(again.getJsonObject("routing").getBoolean("chosenByShopper")).as("back to their own agent").isTrue();
            assertThat(storedOrigin(again.getString("id"))).as("C19 started with the personal button").isEqualTo("OWN_AGENT");
            jeroen.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", again.getString("id")).build());
            jeroen.socket.awaitType("closed", WAIT);
        }
    }

    @Test
    void atTheCapTheContactButtonOpensTheContactForm() throws Exception {
        Supervisor supervisor = Supervisor.anouk(server);
        try (OnlineAgent pieter = OnlineAgent.login(server, "pieter")) {
            freshVisit("/demo/index.html");
            waitFor(() -> widgetText().contains("Online"));
            assertThat(supervisor.allowOnly(0)).isEqualTo(200);
            waitFor(() -> widgetText().contains("Bezet"));
            widget().findElement(By.cssSelector("[data-sf=button]")).click();
            waitFor(() -> widget().findElement(By.cssSelector("[data-sf=contact-form]")).isDisplayed());

            assertThat(supervisor.setCap("null")).isEqualTo(200);
            waitFor(() -> widgetText().contains("Online"));
        } finally {
            supervisor.setCap("null");
        }
    }

    private static String storedOrigin(String conversation) {
        try (java.sql.Connection db = server.jdbc();
             java.sql.PreparedStatement select = db.prepareStatement("SELECT origin FROM conversation WHERE id = ?")) {
            select.setString(1, conversation);
            try (java.sql.ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void freshVisit(String path) {
        Browsers.forgetVisitor(shopper, server);
        shopper.get(server.uri(path).toString());
    }

    private static SearchContext team() {
        return shopper.findElement(By.cssSelector("[data-shopfloor-team]")).getShadowRoot();
    }

    private static SearchContext widget() {
        return Browsers.widget(shopper);
    }

    private static String widgetText() {
        return (String) shopper.executeScript("var host = document.getElementById('shopfloor-widget');"
                + " return host && host.shadowRoot ? host.shadowRoot.textContent : '';");
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(shopper, WAIT, condition);
    }
}
