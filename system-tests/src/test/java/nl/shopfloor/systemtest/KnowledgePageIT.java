package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
 * lists its refused row by number, and so does an uploaded file's (with a spreadsheet's byte order mark; one not in
 * UTF-8 is refused with the reason, one past the upload limit with 413). An agent has no link to the page. Seed assumptions: demo supervisor "anouk", demo
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
    void aSupervisorKeepsTheArticles() throws Exception {
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

        Path file = Files.createTempFile("articles", ".csv");
        Files.write(file, ("\uFEFFlanguage;title;body;ref\nnl;Cadeaubon " + marker + ";Te koop in elke winkel;" + marker
                + "-file\nnl;;Zonder titel;x").getBytes(StandardCharsets.UTF_8));
        browser.findElement(By.cssSelector("[data-sf=import-file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("[data-sf=import-file-run]")).click();
        waitFor(() -> browser.findElement(By.id("messages")).getText().contains("1 new, 0 updated, 1 rows refused"));
        assertThat(browser.findElement(By.cssSelector("[data-sf=refused-rows]")).getText()).as("K2 from a file too").contains("Row 2: 'title'");
        assertThat(browser.findElement(By.cssSelector("[data-sf=articles]")).getText()).as("K2 the byte order mark is not a column's")
                .contains("Cadeaubon " + marker);
        Files.write(file, new byte[]{'l', 'a', (byte) 0xff, (byte) 0xfe, 'x'});
        browser.findElement(By.cssSelector("[data-sf=import-file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("[data-sf=import-file-run]")).click();
        waitFor(() -> browser.findElement(By.id("messages")).getText().contains("must be UTF-8 text"));
        Files.delete(file);

        String session = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        RawHttp.Response tooLarge = RawHttp.send(server, "POST", "/dashboard/knowledge.xhtml", "multipart/form-data; boundary=x",
                Map.of("Cookie", session, "Origin", server.baseUri().toString().replaceAll("/$", "")), new byte[9 * 1024 * 1024]);
        assertThat(tooLarge.status()).as("S-INPUT a file past the container's limit: a message, not a 500").isEqualTo(413);
        assertThat(tooLarge.body()).contains("too large");
        browser.findElement(By.xpath("//button[@aria-label='Delete: Cadeaubon " + marker + "']")).click();
        Browsers.confirm(browser, WAIT);
        waitFor(() -> !browser.findElement(By.cssSelector("[data-sf=articles]")).getText().contains("Cadeaubon " + marker));
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();

        Browsers.logIn(browser, server, "jeroen", WAIT);
        assertThat(browser.findElements(By.id("presence:knowledge-link"))).as("agents have no link").isEmpty();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
