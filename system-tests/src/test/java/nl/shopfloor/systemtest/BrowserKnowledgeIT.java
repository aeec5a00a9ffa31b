package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Knowledge beside a human (K4) in real browsers: while the shopper types the question the widget shows the shop's
 * matching article as a link, the chat still starts with one click, and the agent sends the suggested article on.
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
        shopper = Browsers.start("nl");
    }

    @AfterAll
    static void quit() {
        java.util.stream.Stream.of(agent, shopper).filter(java.util.Objects::nonNull).forEach(ChromeDriver::quit);
    }

    @Test
    void theWidgetSuggestsAnArticleAndTheChatStillStarts() {
        Browsers.logIn(agent, server, "sanne", WAIT);
        waitFor(agent, () -> agent.findElement(By.id("live-status")).getText().equals("Offline"));
        agent.findElement(By.xpath("//div[contains(@class,'ui-selectonebutton')]//*[normalize-space(text())='Online']")).click();
        waitFor(agent, () -> agent.findElement(By.id("live-status")).getAttribute("class").contains("sf-online"));

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

        agent.findElement(By.cssSelector("[data-sf=agent-close]")).click();
        agent.findElement(By.xpath("//div[contains(@class,'ui-selectonebutton')]//*[normalize-space(text())='Offline']")).click();
        waitFor(agent, () -> agent.findElement(By.id("live-status")).getAttribute("class").contains("sf-offline"));
        assertThat(Browsers.cspViolations(agent)).as("S-HEAD: the dashboard with its suggestions").isEmpty();
        assertThat(Browsers.cspViolations(shopper)).as("S-HEAD: the widget with its suggestions").isEmpty();
    }

    private static SearchContext widget() {
        return Browsers.widget(shopper);
    }

    private static <T> T waitFor(ChromeDriver driver, Supplier<T> condition) {
        return Browsers.waitFor(driver, WAIT, condition);
    }
}
