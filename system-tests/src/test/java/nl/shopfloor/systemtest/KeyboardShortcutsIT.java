package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard's keyboard shortcuts, as listed on the page: '?' shows the list, Alt+Down/Up go through the chats,
 * Alt+Shift+R goes to the reply, Ctrl+Enter sends, Alt+Shift+T goes to the transfer, Alt+Shift+C closes the chat.
 * Seed assumptions: demo shop "demo"; the agent is this test's own, set online through its own agent socket.
 */
class KeyboardShortcutsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("keys", "Keys Tester", true);

    @Test
    void anAgentGoesThroughChatsAnswersTransfersAndClosesWithTheKeyboard() throws Exception {
        session.logIn(WAIT);
        waitFor(() -> session.browser.findElement(By.id("shortcuts-open")));
        try (OnlineAgent presence = OnlineAgent.login(session.server, session.agent);
             Shopper first = Shopper.arrive(session.server); Shopper second = Shopper.arrive(session.server)) {
            String firstChat = start(first, "Ada Eerste");
            start(second, "Bo Tweede");
            waitFor(() -> chats().size() == 2);
            waitFor(() -> current() != null);

            WebElement body = session.browser.findElement(By.tagName("body"));
            body.sendKeys("?");
            WebElement dialog = session.browser.findElement(By.id("shortcuts"));
            waitFor(() -> (Boolean) session.browser.executeScript("return document.getElementById('shortcuts').open"));
            assertThat(dialog.getText()).as("the list is on the page").contains("Next chat", "Send the reply", "Close the open chat",
                    "Transfer the open chat");
            new Actions(session.browser).sendKeys(Keys.ESCAPE).perform();
            waitFor(() -> !(Boolean) session.browser.executeScript("return document.getElementById('shortcuts').open"));

            List<String> order = chats();
            String before = current();
            alt(Keys.ARROW_DOWN);
            String next = order.get((order.indexOf(before) + 1) % 2);
            waitFor(() -> next.equals(current()));
            waitFor(() -> status().matches("Chat with .+ opened, \\d of 2\\."));
            alt(Keys.ARROW_UP);
            waitFor(() -> before.equals(current()));
            alt(Keys.ARROW_UP);
            waitFor(() -> next.equals(current()));
            Shopper shopper = next.equals(firstChat) ? first : second;

            altShift("r");
            waitFor(() -> "reply".equals(session.browser.executeScript("return document.activeElement.id")));
            WebElement reply = session.browser.findElement(By.id("reply"));
            reply.sendKeys("Goedemiddag");
            new Actions(session.browser).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
            reply.sendKeys("Hoe kan ik helpen?");
            assertThat(reply.getAttribute("value")).as("Shift+Enter is a new line, nothing sent").isEqualTo("Goedemiddag\nHoe kan ik helpen?");
            new Actions(session.browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            assertThat(agentMessage(shopper.socket.awaitType("message", WAIT), shopper)).isEqualTo("Goedemiddag\nHoe kan ik helpen?");
            waitFor(() -> reply.getAttribute("value").isEmpty());

            reply.sendKeys("Nog iets");
            session.browser.executeScript("document.querySelector('[data-sf=chat]').focus()");
            new Actions(session.browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            assertThat(agentMessage(shopper.socket.awaitType("message", WAIT), shopper)).as("Ctrl+Enter sends from outside the reply too")
                    .isEqualTo("Nog iets");

            altShift("t");
            waitFor(() -> "transfer-to".equals(session.browser.executeScript("return document.activeElement.id")));

            altShift("c");
            shopper.socket.awaitType("closed", WAIT);
            waitFor(() -> !session.browser.findElements(By.cssSelector("[data-sf=chat-closed]")).isEmpty());
            assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();
            (shopper == first ? second : first).end();
        }
    }

    private static String start(Shopper shopper, String name) {
        shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", name).add("topic", "order")
                .add("text", "Hallo").add("clientId", Shopper.clientId()).add("agent", shopper.publicIdOf("Keys Tester")).build());
        return shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
    }

    /** The shopper also sees its own messages come back: the agent's is the one that counts. */
    private static String agentMessage(JsonObject message, Shopper shopper) {
        while (!"agent".equals(message.getString("from", null))) {
            message = shopper.socket.awaitType("message", WAIT);
        }
        return message.getString("text");
    }

    private static void alt(CharSequence key) {
        new Actions(session.browser).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }

    private static void altShift(String letter) {
        new Actions(session.browser).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(letter.toUpperCase()).keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
    }

    @SuppressWarnings("unchecked")
    private static List<String> chats() {
        return (List<String>) session.browser.executeScript(
                "return Array.from(document.querySelectorAll('#chat-list [data-conversation]')).map(b => b.dataset.conversation)");
    }

    private static String current() {
        return (String) session.browser.executeScript("return window.ShopfloorDashboard && window.ShopfloorDashboard.current()");
    }

    private static String status() {
        return session.browser.findElement(By.id("shortcuts-status")).getAttribute("textContent");
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(session.browser, WAIT, condition);
    }
}
