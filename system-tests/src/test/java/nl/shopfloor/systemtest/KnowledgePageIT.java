package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In chromium: a supervisor keeps the shop's FAQ articles on the articles page (knowledge K1, K2) — a bad address is
 * refused with the reason, a good article is listed, edited and deleted after a confirmation, a pasted CSV import
 * lists its refused row by number. An agent has no link to the page. Seed assumptions: demo supervisor "anouk", demo
 * agent "jeroen", password "demo"; the articles this test makes carry its own marker.
 */
class KnowledgePageIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        browser = Browsers.start("en");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSupervisorKeepsTheArticles() {
        String marker = "KnowledgePageIT" + System.nanoTime();
        Browsers.logIn(browser, server, "anouk", WAIT);
        waitFor(() -> browser.findElement(By.id("presence:knowledge-link"))).click();

        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=article-title]"))).sendKeys("Gift wrapping " + marker);
        browser.findElement(By.cssSelector("[data-sf=article-body]")).sendKeys("We wrap <b>every</b> order for free.");
        browser.findElement(By.cssSelector("[data-sf=article-url]")).sendKeys("javascript:alert(1)");
        browser.findElement(By.cssSelector("[data-sf=article-save]")).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).getText().contains("'url'"));

        WebElement url = browser.findElement(By.cssSelector("[data-sf=article-url]"));
        url.clear();
        url.sendKeys("https://shop.example/" + marker);
        browser.findElement(By.cssSelector("[data-sf=article-save]")).click();
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=articles]")).getText().contains("Gift wrapping " + marker));
        assertThat(browser.findElements(By.cssSelector("[data-sf=articles] b"))).as("K1 plain text").isEmpty();

        browser.findElement(By.cssSelector("[data-sf=import-rows]")).sendKeys(
                "language,title,body,ref\nen,Returns " + marker + ",Within 30 days," + marker + "\nde,Rückgabe,30 Tage,x");
        browser.findElement(By.cssSelector("[data-sf=import-run]")).click();
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=refused-rows]")).getText().contains("Row 2: 'language' must be nl or en"));
        assertThat(browser.findElement(By.id("messages")).getText()).as("K2").contains("1 new, 0 updated, 1 rows refused");
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=articles]")).getText().contains("Returns " + marker));

        browser.findElement(By.xpath("//button[@aria-label='Delete: Returns " + marker + "']")).click();
        Browsers.confirm(browser, WAIT);
        waitFor(() -> !browser.findElement(By.cssSelector("[data-sf=articles]")).getText().contains("Returns " + marker));
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();

        Browsers.logIn(browser, server, "jeroen", WAIT);
        assertThat(browser.findElements(By.id("presence:knowledge-link"))).as("agents have no link").isEmpty();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
