package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core finds nothing in the widget on the demo shop (its shadow tree: axe reads open shadow roots) at a phone's
 * size and a laptop's, with the same rules as the dashboard's check (DashboardAccessibilityIT): the button, the
 * pre-chat form with suggested articles, the e-mail and call-me-back forms, a chat with the agent's answer and the
 * survey after it. Only the widget is checked: the shop's page around it is the shop's.
 * Seed assumptions: demo shop "demo" with its demo articles; the agent is this test's own, the only one online.
 */
class WidgetAccessibilityIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String WIDGET = "shopfloor-widget";

    private static ShopfloorServer server;
    private static String agentName;

    @BeforeAll
    static void account() {
        server = ShopfloorServer.shared();
        agentName = TestAccounts.create(server, "waxe", "Widget Axe");
    }

    @AfterAll
    static void removeAccount() {
        if (agentName != null) {
            TestAccounts.delete(server, agentName);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.PHONE, Browsers.DESKTOP})
    void theWidgetFromTheButtonToTheSurvey(String size) {
        ChromeDriver shopper = Browsers.start("nl", null, size);
        List<String> problems = new ArrayList<>();
        try (OnlineAgent agent = OnlineAgent.login(server, agentName)) {
            Browsers.forgetVisitor(shopper, server);
            shopper.get(server.uri("/demo/index.html").toString());
            WebElement button = waitFor(shopper, () -> widget(shopper).findElement(By.cssSelector("[data-sf=button]")));
            check(shopper, size, "button", problems);

            button.click();
            waitFor(shopper, () -> widget(shopper).findElement(By.cssSelector("[data-sf=prechat-name]")).isDisplayed());
            widget(shopper).findElement(By.cssSelector("[data-sf=prechat-text]")).sendKeys("Hoe kan ik mijn bestelling retourneren?");
            waitFor(shopper, () -> !widget(shopper).findElements(By.cssSelector("[data-sf=suggestion]")).isEmpty());
            check(shopper, size, "pre-chat form with suggested articles", problems);

            for (String channel : List.of("contact", "callback")) {
                widget(shopper).findElement(By.cssSelector("[data-sf=channel-" + channel + "]")).click();
                waitFor(shopper, () -> widget(shopper).findElement(By.cssSelector("[data-sf=" + channel + "-form]")).isDisplayed());
                check(shopper, size, channel + " form", problems);
            }

            widget(shopper).findElement(By.cssSelector("[data-sf=channel-prechat]")).click();
            WebElement name = waitFor(shopper, () -> widget(shopper).findElement(By.cssSelector("[data-sf=prechat-name]")));
            name.clear();
            name.sendKeys("Iris Axe");
            new Select(widget(shopper).findElement(By.cssSelector("[data-sf=prechat-topic]"))).selectByValue("order");
            widget(shopper).findElement(By.cssSelector("[data-sf=prechat-start]")).click();
            String chat = agent.awaitAssigned().getString("id");
            agent.say(chat, Shopper.clientId(), "Goedemiddag, ik help u graag met het retourneren.");
            // Answered at once, as a fast agent may: the answer can reach the widget before "started" does, and is shown.
            waitFor(shopper, () -> widget(shopper).findElements(By.cssSelector("[data-sf=message]")).stream()
                    .anyMatch(m -> m.getAttribute("textContent").contains("ik help u graag")));
            check(shopper, size, "chat with the agent's answer", problems);

            agent.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", chat).build());
            waitFor(shopper, () -> widget(shopper).findElement(By.cssSelector("[data-sf=survey]")).isDisplayed());
            check(shopper, size, "survey after the chat", problems);
        } finally {
            shopper.quit();
        }
        assertThat(problems).as("axe in the widget at " + size).isEmpty();
    }

    private static void check(ChromeDriver shopper, String size, String step, List<String> problems) {
        Axe.violations(shopper, WIDGET).forEach(violation -> problems.add("[" + size + "] " + step + ": " + violation));
    }

    private static SearchContext widget(ChromeDriver shopper) {
        return Browsers.widget(shopper);
    }

    private static <T> T waitFor(ChromeDriver driver, Supplier<T> condition) {
        return Browsers.waitFor(driver, WAIT, condition);
    }
}
