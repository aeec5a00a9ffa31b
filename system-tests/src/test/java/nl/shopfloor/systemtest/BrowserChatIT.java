package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
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
 * The whole path in real browsers: an agent on the dashboard goes online; a shopper on the Dutch demo shop
 * page opens the widget, chats, and sees the agent's answer; what the shopper typed shows as text.
 * Seed assumptions: demo shop "demo", demo agent "mehmet" (offline until this test sets him online).
 */
class BrowserChatIT {

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
        if (agent != null) {
            agent.quit();
        }
        if (shopper != null) {
            shopper.quit();
        }
    }

    @Test
    void shopperChatsWithAnAgentOnTheDashboard() {
        agent.get(server.uri("/dashboard/").toString());
        agent.findElement(By.id("j_username")).sendKeys("mehmet");
        agent.findElement(By.id("j_password")).sendKeys("demo");
        agent.findElement(By.id("login-submit")).click();
        waitFor(agent, () -> agent.findElement(By.id("live-status")).getText().equals("Offline"));
        Browsers.choosePresence(agent, "Online", WAIT);

        shopper.get(server.uri("/demo/index.html").toString());
        WebElement button = waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=button]")));
        assertThat(button.getText()).contains("Contact opnemen");
        shopper.executeScript("window.dataLayer = []"); // as a page with Google Tag Manager has
        button.click();

        // The widget remembers a name typed earlier in this browser session; type over it.
        WebElement name = waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=prechat-name]")));
        name.clear();
        name.sendKeys("Anna de Wit");
        new Select(widget().findElement(By.cssSelector("[data-sf=prechat-topic]"))).selectByValue("product");
        widget().findElement(By.cssSelector("[data-sf=prechat-text]")).sendKeys("Past <b>deze</b> lader op een Dell XPS?");
        widget().findElement(By.cssSelector("[data-sf=prechat-start]")).click();

        waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=agent-name]")).getText().contains("Mehmet Yilmaz"));
        assertThat(analytics()).as("the shop's web analytics hear of the chat, without ids or text")
                .containsExactly("chat_started {\"topic\":\"product\",\"origin\":\"reactive\"}");

        WebElement shopperQuestion = waitFor(agent, () -> agent.findElement(By.cssSelector("#messages [data-from=shopper] p")));
        assertThat(shopperQuestion.getText()).as("shown as text, not markup").isEqualTo("Past <b>deze</b> lader op een Dell XPS?");
        assertThat(agent.findElements(By.cssSelector("#messages b"))).isEmpty();
        assertThat(agent.findElement(By.cssSelector("#info [data-field=name]")).getText()).isEqualTo("Anna de Wit");

        agent.findElement(By.id("reply")).sendKeys("Ja, de 90W USB-C lader past.");
        agent.findElement(By.cssSelector("[data-sf=agent-send]")).click();

        waitFor(shopper, () -> widget().findElements(By.cssSelector("[data-sf=message][data-from=agent]")).stream()
                .anyMatch(m -> m.getText().contains("Ja, de 90W USB-C lader past.")));

        List<WebElement> shopperMessages = widget().findElements(By.cssSelector("[data-sf=message][data-from=shopper]"));
        assertThat(shopperMessages).anyMatch(m -> m.getText().contains("Past <b>deze</b> lader op een Dell XPS?"));

        // A reload brings the conversation back from the server, each message once.
        shopper.navigate().refresh();
        waitFor(shopper, () -> widget().findElements(By.cssSelector("[data-sf=message][data-from=agent]")).stream()
                .anyMatch(m -> m.getText().contains("Ja, de 90W USB-C lader past.")));
        assertThat(widget().findElements(By.cssSelector("[data-sf=message]")).stream()
                .filter(m -> m.getText().contains("Ja, de 90W USB-C lader past.")).count()).isEqualTo(1);
        shopper.executeScript("window.dataLayer = []; window.heard = [];"
                + " Shopfloor.push(['on', 'chat_message_sent', function () { heard.push('chat_message_sent') }])");
        WebElement input = widget().findElement(By.cssSelector("[data-sf=input]"));
        input.sendKeys("En is er ook een 130W-versie?");
        widget().findElement(By.cssSelector("[data-sf=send]")).click();
        waitFor(agent, () -> agent.findElements(By.cssSelector("#messages [data-from=shopper] p")).stream()
                .anyMatch(m -> m.getText().equals("En is er ook een 130W-versie?")));

        agent.findElement(By.cssSelector("[data-sf=agent-close]")).click();
        waitFor(shopper, () -> (Boolean) shopper.executeScript(
                "return document.getElementById('shopfloor-widget').shadowRoot.textContent.includes('be\u00ebindigd')"));

        // C18 the survey: four stars (the label is the visible control) and a comment, then thanks; not offered again
        WebElement survey = waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=survey]")));
        assertThat(survey.findElement(By.tagName("legend")).getText()).isEqualTo("Hoe hebben we het gedaan?");
        widget().findElement(By.cssSelector("[data-sf=survey-send]")).click();
        assertThat(widget().findElement(By.cssSelector("[data-sf=survey] [role=alert]")).getText()).as("no stars chosen").contains("sterren");
        widget().findElement(By.cssSelector("label[for=sf-star-4]")).click();
        widget().findElement(By.cssSelector("[data-sf=survey-comment]")).sendKeys("Snel <i>geholpen</i>");
        widget().findElement(By.cssSelector("[data-sf=survey-send]")).click();
        waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=survey-status]")).getText().contains("Bedankt"));
        assertThat(widget().findElement(By.cssSelector("[data-sf=survey]")).isDisplayed()).as("rated once: the form is gone").isFalse();
        assertThat(shopper.executeScript("return localStorage.getItem('shopfloor.surveyed.demo')")).as("and stays gone for this chat")
                .isNotNull();
        assertThat(analytics()).containsExactly("chat_message_sent {}", "survey_answered {\"rating\":4}");
        assertThat(shopper.executeScript("return heard")).as("Shopfloor.on hears the same steps").isEqualTo(List.of("chat_message_sent"));
        Browsers.choosePresence(agent, "Offline", WAIT);

        assertThat(Browsers.cspViolations(agent)).as("S-HEAD: login and dashboard work under their Content-Security-Policy").isEmpty();
        assertThat(Browsers.cspViolations(shopper)).as("S-HEAD: the demo shop and the widget work under its policy").isEmpty();
    }

    @Test
    void withNobodyOnlineTheButtonOpensTheContactFormAndTheMessageArrivesByMail() throws Exception {
        String marker = OfflineMailIT.marker();
        shopper.manage().deleteAllCookies();
        Browsers.forgetVisitor(shopper, server);
        shopper.get(server.uri("/demo/en.html").toString());
        WebElement button = waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=button]")));
        assertThat(button.getText()).contains("Contact us");
        shopper.executeScript("window.dataLayer = []");
        button.click();

        WebElement name = waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=contact-name]")));
        name.clear();
        name.sendKeys("Tom Visser");
        new Select(widget().findElement(By.cssSelector("[data-sf=contact-topic]"))).selectByValue("order");
        widget().findElement(By.cssSelector("[data-sf=contact-email]")).sendKeys("not-an-address");
        widget().findElement(By.cssSelector("[data-sf=contact-text]")).sendKeys("Please send me a quote for 20 docks. " + marker);
        widget().findElement(By.cssSelector("[data-sf=contact-send]")).click();
        assertThat(widget().findElements(By.cssSelector("[data-sf=contact-thanks]"))).as("not accepted").isEmpty();

        WebElement email = widget().findElement(By.cssSelector("[data-sf=contact-email]"));
        email.clear();
        String tom = OfflineMailIT.address("tom", marker);
        email.sendKeys(tom);
        widget().findElement(By.cssSelector("[data-sf=contact-send]")).click();
        waitFor(shopper, () -> widget().findElement(By.cssSelector("[data-sf=contact-thanks]")).isDisplayed());
        assertThat(analytics()).containsExactly("offline_message_sent {\"topic\":\"order\"}");

        List<MimeMessage> mails = TestMailServer.shared().await(TestMailServer.about(marker), 2, OfflineMailIT.MAIL_WAIT);
        MimeMessage confirmation = OfflineMailIT.to(mails, tom);
        assertThat(confirmation.getSubject()).startsWith("We received your message");
        assertThat(confirmation.getHeader("Content-Language")).containsExactly("en");
        OfflineMailIT.assertOnlyTheShopsWords(confirmation, "Tom", "Visser", "quote", marker);
        MimeMessage team = mails.stream().filter(mail -> mail != confirmation).findFirst().orElseThrow();
        assertThat(OfflineMailIT.addresses(team.getReplyTo())).containsExactly(tom);
        assertThat(OfflineMailIT.addresses(team.getAllRecipients())).singleElement().asString().endsWith("@demo-ict.example");
        assertThat(TestMailServer.body(team)).contains("Tom Visser").contains("Please send me a quote for 20 docks.");
    }

    /** What the widget pushed onto the page's dataLayer: each entry's event and its shopfloor object as JSON. */
    @SuppressWarnings("unchecked")
    private static List<String> analytics() {
        return (List<String>) shopper.executeScript("return window.dataLayer.map(e => e.event + ' ' + JSON.stringify(e.shopfloor))");
    }

    private static SearchContext widget() {
        return Browsers.widget(shopper);
    }

    private static <T> T waitFor(ChromeDriver driver, Supplier<T> condition) {
        return Browsers.waitFor(driver, WAIT, condition);
    }
}
