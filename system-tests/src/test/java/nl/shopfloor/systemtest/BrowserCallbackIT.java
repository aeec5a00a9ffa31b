package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Call me back, in chromium and with the keyboard only: with nobody online the contact button opens the
 * e-mail form; the shopper moves to the "Bel mij terug" tab, is stopped by a phone number with too few digits,
 * corrects it and sees the thanks screen naming the chosen day and time window; the request is stored as a
 * contact message of kind CALLBACK.
 * Seed assumptions: demo shop "demo", Dutch; demo agents offline (no test before this one, in alphabetical
 * order, leaves one online).
 */
class BrowserCallbackIT {

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
    void withNobodyOnlineAShopperAsksToBeCalledBackUsingOnlyTheKeyboard() throws Exception {
        String marker = OfflineMailIT.marker();
        freshVisit("/demo/index.html");
        waitFor(() -> widget().findElement(By.cssSelector("[data-sf=button]")));
        waitFor(() -> widgetText().contains("Offline"));
        shopper.executeScript("window.dataLayer = []"); // as a page with Google Tag Manager has

        // The widget's button comes after everything on the shop's page: Tab through the page to it.
        for (int i = 0; i < 200 && !"button".equals(focusedHook()); i++) {
            press(Keys.TAB);
        }
        assertThat(focusedHook()).as("the contact button has the focus").isEqualTo("button");
        press(Keys.ENTER);
        waitFor(() -> "contact-name".equals(focusedHook()));

        // Back to the tabs: "E-mail" is chosen, "Chat" says why it cannot be chosen, End goes to "Bel mij terug".
        press(Keys.SHIFT, Keys.TAB);
        assertThat(focusedHook()).isEqualTo("channel-contact");
        WebElement chatTab = widget().findElement(By.cssSelector("[data-sf=channel-prechat]"));
        assertThat(chatTab.getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(chatTab.getText()).contains("Offline");
        press(Keys.END);
        assertThat(focusedHook()).isEqualTo("channel-callback");
        waitFor(() -> widget().findElement(By.cssSelector("[data-sf=callback-form]")).isDisplayed());
        assertThat(widget().findElement(By.cssSelector("[data-sf=channel-callback]")).getAttribute("aria-selected")).isEqualTo("true");

        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-name");
        type("Noor Bakker");
        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-phone");
        type("12-34");
        press(Keys.TAB);
        assertThat(focusedHook()).as("the time window: one tab stop").isEqualTo("callback-window-asap");
        press(Keys.ARROW_DOWN);
        assertThat(focusedHook()).isEqualTo("callback-window-morning");
        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-day");
        press(Keys.ARROW_DOWN);
        press(Keys.ARROW_DOWN);
        String day = widget().findElement(By.cssSelector("[data-sf=callback-day]")).getDomProperty("value");
        assertThat(LocalDate.parse(day)).as("tomorrow: browser and test share the clock").isEqualTo(LocalDate.now().plusDays(1));
        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-email");
        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-topic");
        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-text");
        type("Graag over offerte 4411. " + marker);
        press(Keys.TAB);
        assertThat(focusedHook()).isEqualTo("callback-send");
        press(Keys.ENTER);

        // Too few digits: refused in the form, the focus on the phone field, nothing typed is lost.
        waitFor(() -> "callback-phone".equals(focusedHook()));
        WebElement phone = widget().findElement(By.cssSelector("[data-sf=callback-phone]"));
        assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
        WebElement error = widget().findElement(By.cssSelector("[data-sf=callback-form] [data-sf=error]"));
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).contains("telefoonnummer");
        assertThat(widget().findElements(By.cssSelector("[data-sf=callback-thanks]"))).as("not sent").isEmpty();
        assertThat(widget().findElement(By.cssSelector("[data-sf=callback-name]")).getDomProperty("value")).isEqualTo("Noor Bakker");

        press(Keys.CONTROL, "a");
        type("+31 6 1234 5678");
        press(Keys.ENTER);

        // Until the server knows "callback" it answers unknown_type, which the form shows instead of the thanks.
        WebElement thanks = new WebDriverWait(shopper, WAIT).ignoring(NoSuchElementException.class)
                .withMessage(() -> "no thanks screen; the form says: " + widgetText("[data-sf=callback-form] [data-sf=error]"))
                .until(d -> widget().findElement(By.cssSelector("[data-sf=callback-thanks]")));
        assertThat(thanks.getText()).contains("in de ochtend").contains("+31 6 1234 5678");
        assertThat(focusedText()).as("the focus on the close button").isEqualTo("Sluiten");
        assertThat(shopper.executeScript("return window.dataLayer.map(e => e.event + ' ' + JSON.stringify(e.shopfloor))"))
                .as("the shop's web analytics hear of it, without the number").isEqualTo(List.of("callback_requested {\"window\":\"morning\"}"));

        try (Connection db = server.jdbc();
             PreparedStatement query = db.prepareStatement(
                     "SELECT kind, name, phone, callback_window, callback_day FROM contact_message WHERE text LIKE ?")) {
            query.setString(1, "%" + marker + "%");
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("stored before the thanks screen").isTrue();
                assertThat(row.getString("kind")).isEqualTo("CALLBACK");
                assertThat(row.getString("name")).isEqualTo("Noor Bakker");
                assertThat(row.getString("phone")).isEqualTo("+31 6 1234 5678");
                assertThat(row.getString("callback_window")).isEqualToIgnoringCase("morning");
                assertThat(row.getString("callback_day")).isEqualTo(day);
                assertThat(row.next()).as("stored once").isFalse();
            }
        }

        press(Keys.ENTER);
        waitFor(() -> "button".equals(focusedHook()));
    }

    private static void freshVisit(String path) {
        Browsers.forgetVisitor(shopper, server);
        shopper.get(server.uri(path).toString());
    }

    /** Keys go to whatever has the focus, as they do for a shopper without a mouse. */
    private static void press(CharSequence keys) {
        new Actions(shopper).sendKeys(keys).perform();
    }

    /** A key with a modifier held down (a chord sent as text would press and release the modifier first). */
    private static void press(Keys modifier, CharSequence key) {
        new Actions(shopper).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    private static void type(String text) {
        new Actions(shopper).sendKeys(text).perform();
    }

    /** The data-sf hook of the element inside the widget that has the keyboard focus. */
    private static String focusedHook() {
        return (String) shopper.executeScript("var host = document.getElementById('shopfloor-widget');"
                + " var el = host && document.activeElement === host ? host.shadowRoot.activeElement : null;"
                + " return el ? el.getAttribute('data-sf') : null;");
    }

    private static String focusedText() {
        return (String) shopper.executeScript("var el = document.getElementById('shopfloor-widget').shadowRoot.activeElement;"
                + " return el ? el.textContent.trim() : null;");
    }

    private static SearchContext widget() {
        return Browsers.widget(shopper);
    }

    private static String widgetText() {
        return widgetText(":host");
    }

    /** The text of the first element inside the widget that matches {@code selector}, or "" if none does. */
    private static String widgetText(String selector) {
        return (String) shopper.executeScript("var host = document.getElementById('shopfloor-widget');"
                + " var el = host && host.shadowRoot ? (arguments[0] === ':host' ? host.shadowRoot : host.shadowRoot.querySelector(arguments[0])) : null;"
                + " return el ? el.textContent : '';", selector);
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(shopper, WAIT, condition);
    }
}
