package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Knowledge beside a human (K4) in real browsers: while the shopper types the question on a phone (390×844) the widget
 * shows the shop's matching article as a link, the chat still starts with one click, and the agent sends the suggested
 * article on, and one of their canned answers for the question (answers A9).
 * Seed assumptions: demo shop "demo" with its demo articles (DemoArticles), demo agent "sanne" (offline until this
 * test sets her online).
 */
class BrowserKnowledgeIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ChromeDriver agent;
    static ChromeDriver shopper;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        agent = Browsers.start("nl");
        shopper = Browsers.start("nl", null, Browsers.PHONE);
    }

    @AfterAll
    static void quit() {
        java.util.stream.Stream.of(agent, shopper).filter(java.util.Objects::nonNull).forEach(ChromeDriver::quit);
    }

    @Test
    void theWidgetSuggestsAnArticleAndTheChatStillStarts() throws Exception {
        Supervisor sanne = new Supervisor(server, "sanne");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String filled = answer(sanne, "kr" + tag + "a", "Bestelling retourneren aanmelden",
                "Beste {klant}, je kunt je retour aanmelden via je account. Groet, {medewerker}");
        String unfilled = answer(sanne, "kr" + tag + "b", "Retourstatus van je bestelling", "Je retour voor bestelling {bestelling} is onderweg.");
        String unrelated = answer(sanne, "kr" + tag + "c", "Openingstijden", "We zijn op werkdagen open van 8 tot 18 uur.");
        try {
            chatWithSuggestions();
        } finally {
            for (String id : List.of(filled, unfilled, unrelated)) {
                assertThat(sanne.call("DELETE", "/api/answers/" + id, null).statusCode()).isEqualTo(204);
            }
        }
    }

    private void chatWithSuggestions() {
        Browsers.logIn(agent, server, "sanne", WAIT);
        waitFor(agent, () -> agent.findElement(By.id("live-status")).getText().equals("Offline"));
        Browsers.choosePresence(agent, "Online", WAIT);

        Browsers.forgetVisitor(shopper, server);
        shopper.get(server.uri("/demo/index.html").toString());
        waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=button]"))).click();
        WebElement name = waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=prechat-name]")));
        name.clear();
        name.sendKeys("Karin Mulder");
        new Select(widget().findElement(By.cssSelector("[data-sf=prechat-topic]"))).selectByValue("order");
        widget().findElement(By.cssSelector("[data-sf=prechat-text]")).sendKeys("Hoe kan ik mijn bestelling retourneren?");

        WebElement link = waitFor(shopper, () -> widget().findElements(By.cssSelector("[data-sf=suggestion]")).stream()
                .filter(a -> a.getText().contains("Retourneren binnen 30 dagen")).findFirst().orElse(null));
        assertThat(link.getAttribute("href")).as("K4 the shop's own page").isEqualTo("https://demo-ict.example/klantenservice/retourneren");
        assertThat(link.getAttribute("target")).as("K4 a new tab").isEqualTo("_blank");
        assertThat(link.getAttribute("rel")).as("K4").contains("noopener");
        assertThat(widget().findElement(By.cssSelector("[data-sf=prechat-form] [role=status]")).getText())
                .as("K4 announced politely").startsWith("Voorgestelde artikelen");

        widget().findElement(By.cssSelector("[data-sf=prechat-start]")).click();
        waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=agent-name]")).getText().contains("Sanne de Vries"));

        WebElement suggested = waitFor(agent, () -> agent.findElements(By.cssSelector("#suggestions [data-sf=suggested-article]")).stream()
                .filter(li -> li.getText().contains("Retourneren binnen 30 dagen")).findFirst().orElse(null));
        suggested.findElement(By.cssSelector("[data-sf=send-article]")).click();
        waitFor(shopper, () -> widget().findElements(By.cssSelector("[data-sf=message][data-from=agent]")).stream()
                .anyMatch(m -> m.getText().contains("Retourneren binnen 30 dagen https://demo-ict.example/klantenservice/retourneren")));

        List<WebElement> answers = waitFor(agent, () -> {
            List<WebElement> shown = agent.findElements(By.cssSelector("#suggestions [data-sf=suggested-answer]"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(answers.stream().map(li -> li.getAttribute("data-shortcut")).toList()).as("A9 the best matches first, not the unrelated one")
                .startsWith(shortcut("a"), shortcut("b")).doesNotContain(shortcut("c")).hasSizeLessThanOrEqualTo(3);
        answers.get(0).findElement(By.cssSelector("[data-sf=send-answer]")).click();
        waitFor(shopper, () -> widget().findElements(By.cssSelector("[data-sf=message][data-from=agent]")).stream()
                .anyMatch(m -> m.getText().contains("Beste Karin Mulder, je kunt je retour aanmelden via je account. Groet, Sanne de Vries")));
        answers.get(1).findElement(By.cssSelector("[data-sf=send-answer]")).click();
        WebElement reply = agent.findElement(By.id("reply"));
        waitFor(agent, () -> reply.getAttribute("value").equals("Je retour voor bestelling {bestelling} is onderweg."));
        assertThat(agent.executeScript("return [document.activeElement.id, reply.value.substring(reply.selectionStart, reply.selectionEnd)]"))
                .as("A9 an unfilled placeholder waits in the reply box, selected").isEqualTo(List.of("reply", "{bestelling}"));
        assertThat(widget().findElements(By.cssSelector("[data-sf=message][data-from=agent]")).stream()
                .noneMatch(m -> m.getText().contains("{bestelling}"))).as("A9 nothing half-filled was sent").isTrue();

        agent.findElement(By.cssSelector("[data-sf=agent-close]")).click();
        Browsers.choosePresence(agent, "Offline", WAIT);
        assertThat(Browsers.cspViolations(agent)).as("S-HEAD: the dashboard with its suggestions").isEmpty();
        assertThat(Browsers.cspViolations(shopper)).as("S-HEAD: the widget with its suggestions").isEmpty();
    }

    private String shortcutTag;

    private String shortcut(String letter) {
        return shortcutTag + letter;
    }

    private String answer(Supervisor who, String shortcut, String title, String text) throws Exception {
        shortcutTag = shortcut.substring(0, shortcut.length() - 1);
        HttpResponse<String> response = who.call("POST", "/api/answers", Json.createObjectBuilder().add("scope", "personal")
                .add("language", "nl").add("shortcut", shortcut).add("title", title).add("text", text).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject().getString("id");
    }

    private static SearchContext widget() {
        return Browsers.widget(shopper);
    }

    private static <T> T waitFor(ChromeDriver driver, Supplier<T> condition) {
        return Browsers.waitFor(driver, WAIT, condition);
    }
}
