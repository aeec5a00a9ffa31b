package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In chromium: bidi controls in what a shopper types (U+202E turns "Ann" U+202E "exe.txt" into "Anntxt.exe" on screen)
 * are stored as typed but shown stripped and isolated on the dashboard (chat C14).
 */
class BidiDisplayIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RLO = "\u202E";
    private static final String PDF = "\u202C";

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("bidi", "Bidi Test", false);

    @Test
    void aNameAndMessagesWithARightToLeftOverrideShowWithoutIt() throws Exception {
        session.logIn(WAIT);
        Browsers.choosePresence(session.browser, "Online", WAIT);
        Conditions.await("online", () -> "ONLINE".equals(query("SELECT status FROM agent WHERE username = ?", session.agent)), WAIT);

        String marker = UUID.randomUUID().toString().substring(0, 8);
        try (Shopper shopper = Shopper.arrive(session.server)) {
            String agentId = shopper.publicIdOf("Bidi Test");
            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Ann" + RLO + "exe.txt")
                    .add("topic", "order").add("text", "Refund " + RLO + "001" + PDF + " euro " + marker)
                    .add("clientId", Shopper.clientId()).add("agent", agentId).build());
            JsonObject started = shopper.socket.awaitType("started", WAIT).getJsonObject("conversation");
            assertThat(query("SELECT visitor_name FROM conversation WHERE id = ?", started.getString("id")))
                    .as("stored as typed").isEqualTo("Ann" + RLO + "exe.txt");

            WebElement chat = waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=chat][data-conversation='" + started.getString("id") + "']")));
            WebElement name = chat.findElement(By.tagName("strong"));
            assertThat(name.getAttribute("textContent")).as("C14 the chat list").isEqualTo("Annexe.txt");
            assertThat(name.getAttribute("dir")).as("C14 isolated").isEqualTo("auto");
            chat.click();

            WebElement text = waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=agent-message][data-from=shopper] p")));
            assertThat(text.getAttribute("textContent")).as("C14 the message").isEqualTo("Refund 001 euro " + marker);
            assertThat(text.getAttribute("dir")).isEqualTo("auto");
            WebElement heading = session.browser.findElement(By.id("conversation-heading"));
            assertThat(heading.getAttribute("textContent")).as("C14 the heading").doesNotContain(RLO);
            WebElement infoName = session.browser.findElement(By.cssSelector("#info [data-field=name]"));
            assertThat(infoName.getAttribute("textContent")).as("C14 the pre-chat name").isEqualTo("Annexe.txt");
            shopper.socket.send(Json.createObjectBuilder().add("type", "end").build());
            shopper.socket.awaitType("closed", WAIT);
        }

        try (Shopper shopper = Shopper.arrive(session.server)) {
            shopper.socket.send(Json.createObjectBuilder().add("type", "contact").add("name", "Bob" + RLO + "fdp.exe")
                    .add("email", "bob@example.com").add("topic", "order").add("text", "Bidi " + marker + " " + RLO + "olleh")
                    .add("clientId", Shopper.clientId()).build());
            shopper.socket.awaitType("contactAck", WAIT);
        }
        session.browser.navigate().refresh();
        WebElement contactText = waitFor(() -> session.browser.findElements(By.cssSelector("[data-sf=contact-text]")).stream()
                .filter(element -> element.getAttribute("textContent").contains(marker)).findFirst().orElse(null));
        assertThat(contactText.getAttribute("textContent")).as("C14 the contact message").isEqualTo("Bidi " + marker + " olleh");
        assertThat(contactText.getAttribute("dir")).isEqualTo("auto");
        WebElement row = contactText.findElement(By.xpath("ancestor::tr"));
        WebElement contactName = row.findElement(By.cssSelector("[data-sf=contact-name]"));
        assertThat(contactName.getAttribute("textContent")).as("C14 the contact name").isEqualTo("Bobfdp.exe");
        assertThat(contactName.getAttribute("dir")).isEqualTo("auto");
    }

    private static String query(String sql, String parameter) throws Exception {
        try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(session.browser, WAIT, condition);
    }
}
