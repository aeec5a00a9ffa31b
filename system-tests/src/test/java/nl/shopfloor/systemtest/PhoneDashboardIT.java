package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An agent on a phone (390×844, touch, chromium's mobile emulation): logs in, goes online with the presence control,
 * gets a chat, opens it from the list, answers with a canned answer through its {@code /} shortcut, and looks at the
 * customer view; the page never scrolls sideways, the name, presence and menu stay on screen, and what is tapped is at
 * least 44 pixels high. Seed assumptions: demo shop "demo"; the agent and the answer are this test's own.
 */
class PhoneDashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NAME = "Phone Tester";

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("phone", NAME, false, Browsers.PHONE);

    @Test
    void anAgentAnswersAChatWithACannedAnswerAndSeesTheCustomer() throws Exception {
        String shortcut = "zp" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> added = new Supervisor(session.server, session.agent).call("POST", "/api/answers",
                Json.createObjectBuilder().add("scope", "personal").add("language", "en").add("shortcut", shortcut)
                        .add("title", "Thanks").add("text", "Thank you {shopper}, I am looking it up.").build().toString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        session.logIn(WAIT);
        waitFor(() -> session.browser.findElement(By.id("presence:logout")));
        assertFits("logged in");
        assertThat(session.browser.findElement(By.cssSelector("meta[name=viewport]")).getAttribute("content"))
                .as("the reply box above the keyboard").contains("interactive-widget=resizes-content");
        for (String id : List.of("menu-toggle", "presence-choice")) {
            assertOnScreen(By.id(id));
        }
        assertOnScreen(By.cssSelector("[data-sf=agent-self]"));
        assertThat(session.browser.findElement(By.id("presence:answers-link")).isDisplayed()).as("the links are behind the menu").isFalse();
        assertTall(By.cssSelector("#presence-choice label"));
        assertTall(By.id("menu-toggle"));
        assertTall(By.cssSelector("#views button"));

        WebElement toggle = session.browser.findElement(By.id("menu-toggle"));
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(session.browser.findElement(By.id("presence:answers-link")).isDisplayed()).as("the menu shows the links").isTrue();
        assertFits("menu open");
        assertThat(session.browser.findElement(By.id(toggle.getAttribute("aria-controls"))).getTagName()).as("the menu is a nav").isEqualTo("nav");
        toggle.sendKeys(Keys.ESCAPE);
        assertThat(toggle.getAttribute("aria-expanded")).as("Escape closes the menu").isEqualTo("false");
        toggle.click();
        Browsers.followTopLink(session.browser, "presence:answers-link", WAIT);
        waitFor(() -> session.browser.findElement(By.id("answer:shortcut")));
        assertFits("the canned answers page");
        session.browser.get(session.server.uri("/dashboard/").toString());
        waitFor(() -> session.browser.findElement(By.id("presence-choice")).getAttribute("disabled") == null);

        Browsers.choosePresence(session.browser, "Online", WAIT);
        assertFits("online");

        try (Shopper shopper = Shopper.arrive(session.server)) {
            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Pim Phone").add("topic", "order")
                    .add("text", "Where is my parcel?").add("clientId", Shopper.clientId()).add("agent", shopper.publicIdOf(NAME)).build());
            shopper.socket.awaitType("started", WAIT);

            view("chats");
            WebElement chat = waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=chat]")));
            assertThat(chat.getText()).contains("Pim Phone", "Where is my parcel?");
            assertTall(By.cssSelector("[data-sf=chat]"));
            assertFits("the chat in the list");
            chat.click();
            WebElement reply = waitFor(() -> {
                WebElement box = session.browser.findElement(By.id("reply"));
                return box.isDisplayed() ? box : null;
            });
            assertThat(session.browser.findElement(By.cssSelector("#views [data-view=conversation]")).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(session.browser.findElement(By.cssSelector(".sf-chats")).isDisplayed()).as("one view at a time").isFalse();
            waitFor(() -> session.browser.findElement(By.id("messages")).getText().contains("Where is my parcel?"));
            assertThat(session.browser.findElement(By.id("reply-form")).getCssValue("position")).as("the reply box stays at the bottom")
                    .isEqualTo("sticky");
            assertTall(By.cssSelector("[data-sf=agent-send]"));
            assertFits("the conversation");

            reply.sendKeys("/" + shortcut);
            WebElement option = waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=answer-option][data-shortcut=" + shortcut + "]")));
            assertThat(option.getSize().getHeight()).as("a canned answer is a touch target").isGreaterThanOrEqualTo(44);
            option.click();
            String expected = "Thank you Pim Phone, I am looking it up.";
            waitFor(() -> reply.getAttribute("value").equals(expected));
            assertFits("the canned answer inserted");
            reply.sendKeys(Keys.ENTER);
            JsonObject sent = shopper.socket.awaitType("message", WAIT);
            while (!"agent".equals(sent.getString("from", null))) {
                sent = shopper.socket.awaitType("message", WAIT);
            }
            assertThat(sent.getString("text")).as("the shopper gets the answer").isEqualTo(expected);
            waitFor(() -> session.browser.findElements(By.cssSelector("[data-sf=agent-message][data-from=agent]")).size() == 1);

            view("customer");
            WebElement info = waitFor(() -> {
                WebElement shopperInfo = session.browser.findElement(By.cssSelector("[data-sf=shopper-info]"));
                return shopperInfo.isDisplayed() ? shopperInfo : null;
            });
            assertThat(info.getText()).contains("Pim Phone");
            waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=customer-panel]")).isDisplayed());
            assertThat(session.browser.findElement(By.id("reply")).isDisplayed()).as("one view at a time").isFalse();
            assertFits("the customer view");

            view("conversation");
            waitFor(reply::isDisplayed);
            Browsers.choosePresence(session.browser, "Offline", WAIT);
            shopper.end();
        }
        assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();
    }

    private static void view(String view) {
        WebElement button = session.browser.findElement(By.cssSelector("#views button[data-view=" + view + "]"));
        button.click();
        waitFor(() -> "true".equals(button.getAttribute("aria-pressed")));
    }

    /** No sideways scrolling: the page is no wider than the phone's screen. */
    private static void assertFits(String step) {
        assertThat(session.browser.executeScript("return [document.documentElement.scrollWidth <= Math.min(innerWidth,"
                + " document.documentElement.clientWidth), screen.width]")).as(step).isEqualTo(List.of(true, 390L));
    }

    private static void assertOnScreen(By what) {
        WebElement element = session.browser.findElement(what);
        assertThat(element.isDisplayed()).as(what + " shown").isTrue();
        assertThat(element.getRect().getX() + element.getRect().getWidth()).as(what + " within the screen").isLessThanOrEqualTo(390);
    }

    /** Each of these is at least 44 CSS pixels high (WCAG 2.5.5's size; 2.5.8 asks 24). */
    private static void assertTall(By what) {
        List<WebElement> elements = session.browser.findElements(what);
        assertThat(elements).as(what.toString()).isNotEmpty();
        for (WebElement element : elements) {
            assertThat(element.getSize().getHeight()).as(what + " " + element.getText()).isGreaterThanOrEqualTo(44);
        }
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(session.browser, WAIT, condition);
    }
}
