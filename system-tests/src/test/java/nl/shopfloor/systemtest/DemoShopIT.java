package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo shop's pages in chromium, which the invite rules of issue 10 need: a shopper goes from the category page
 * to a product, puts it in the cart, changes the quantity on the cart page (totals excl. and incl. 21 % VAT),
 * checks out — the checkout form carries the widget's visitor id in its hidden field — and sees the confirmation and
 * the order on the account page. Every page declares its page type (and a product page its product) for the widget,
 * and none trips the Content-Security-Policy.
 * Seed assumptions: demo shop "demo"; no chat is opened.
 */
class DemoShopIT {

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
    void aShopperBuysALaptopFromTheCategoryPageToTheConfirmation() {
        // an empty cart: storage cleared on a page of the same origin without the shop's script
        shopper.get(server.uri("/api/health/ready").toString());
        shopper.executeScript("sessionStorage.clear();");
        open("/demo/laptops.html");
        assertThat(meta("page-type")).isEqualTo("category");

        shopper.findElement(By.linkText("Dell Latitude 5450")).click();
        arrivedOn("product");
        assertThat(meta("stock")).as("the out-of-stock product").isEqualTo("out_of_stock");
        assertThat(shopper.findElements(By.cssSelector("main button"))).as("nothing to put in the cart").isEmpty();

        shopper.findElement(By.linkText("Laptops")).click();
        arrivedOn("category");
        shopper.findElement(By.linkText("Lenovo ThinkPad T14 Gen 5")).click();
        arrivedOn("product");
        assertThat(meta("product-id")).isEqualTo("LENOVO-THINKPAD-T14-GEN-5");
        assertThat(meta("price")).isEqualTo("1149.00");
        assertThat(meta("stock")).isEqualTo("in_stock");
        addToCart();
        assertThat(shopper.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Toegevoegd aan je winkelwagen: Lenovo ThinkPad T14 Gen 5");
        assertThat(cartCount()).isEqualTo("1");

        open("/demo/elitebook-840.html");
        addToCart();
        assertThat(cartCount()).isEqualTo("2");

        shopper.findElement(By.partialLinkText("Winkelwagen")).click();
        arrivedOn("cart");
        assertThat(lineNames()).containsExactly("Lenovo ThinkPad T14 Gen 5", "HP EliteBook 840 G11");
        shopper.findElement(By.cssSelector("button[aria-label='Verwijderen: HP EliteBook 840 G11']")).click();
        assertThat(lineNames()).containsExactly("Lenovo ThinkPad T14 Gen 5");
        assertThat(shopper.switchTo().activeElement().getAttribute("id")).as("the focus after a removal").isEqualTo("cart-title");
        WebElement quantity = shopper.findElement(By.cssSelector("input[aria-label='Aantal: Lenovo ThinkPad T14 Gen 5']"));
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
        waitFor(() -> "3".equals(cartCount()));
        assertThat(text("[data-sku='LENOVO-THINKPAD-T14-GEN-5'] [data-field=total]")).isEqualTo("€ 3.447,00");
        assertThat(totals()).containsExactly("€ 3.447,00", "€ 723,87", "€ 4.170,87");

        shopper.findElement(By.linkText("Verder naar afrekenen")).click();
        arrivedOn("checkout");
        assertThat(totals()).containsExactly("€ 3.447,00", "€ 723,87", "€ 4.170,87");
        String visitor = waitFor(() -> (String) shopper.executeScript("return localStorage.getItem('shopfloor.visitor.demo')"));
        WebElement form = shopper.findElement(By.id("checkout"));
        waitFor(() -> visitor.equals(form.findElement(By.name("sf_visitor")).getAttribute("value")));
        form.findElement(By.name("name")).sendKeys("Noor Bakker");
        form.findElement(By.name("email")).sendKeys("noor@example.com");
        form.findElement(By.name("street")).sendKeys("Voorbeeldstraat 1");
        form.findElement(By.name("postcode")).sendKeys("3511 AB");
        form.findElement(By.name("city")).sendKeys("Utrecht");
        form.findElement(By.xpath(".//button[.='Bestelling plaatsen']")).click();
        WebElement confirmation = waitFor(() -> {
            WebElement section = shopper.findElement(By.id("confirmation"));
            return section.isDisplayed() ? section : null;
        });
        String order = confirmation.findElement(By.cssSelector("[data-order=number]")).getText();
        assertThat(order).matches("DEMO-[0-9A-Z]+");
        assertThat(confirmation.findElement(By.cssSelector("[data-order=total]")).getText()).isEqualTo("€ 4.170,87");
        assertThat(form.isDisplayed()).isFalse();
        assertThat(cartCount()).as("the cart is empty after the order").isEqualTo("0");
        assertThat(shopper.executeScript("return JSON.parse(sessionStorage.getItem('demo.orders'))[0].visitor"))
                .as("the order carries the visitor id").isEqualTo(visitor);

        confirmation.findElement(By.linkText("Bekijk je bestellingen")).click();
        arrivedOn("account");
        assertThat(text("#orders li")).startsWith(order + " · ").endsWith(" · € 4.170,87");
        assertThat(Browsers.cspViolations(shopper)).as("the Content-Security-Policy holds").isEmpty();
    }

    @Test
    void everyPageDeclaresItsTypeAndLinksToTheOtherLanguage() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", "other");
        pages.put("team.html", "other");
        pages.put("laptops.html", "category");
        pages.put("thinkpad-t14.html", "product");
        pages.put("elitebook-840.html", "product");
        pages.put("latitude-5450.html", "product");
        pages.put("winkelwagen.html", "cart");
        pages.put("afrekenen.html", "checkout");
        pages.put("account.html", "account");
        pages.put("faq.html", "faq");
        pages.put("en.html", "other");
        pages.put("en-laptops.html", "category");
        pages.put("en-thinkpad-t14.html", "product");
        pages.put("en-elitebook-840.html", "product");
        pages.put("en-latitude-5450.html", "product");
        pages.put("en-cart.html", "cart");
        pages.put("en-checkout.html", "checkout");
        pages.put("en-account.html", "account");
        pages.put("en-faq.html", "faq");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open("/demo/" + page.getKey());
            assertThat(meta("page-type")).as("the page type of %s", page.getKey()).isEqualTo(page.getValue());
            String lang = shopper.findElement(By.tagName("html")).getAttribute("lang");
            assertThat(shopper.findElement(By.cssSelector("nav.top a[lang]")).getAttribute("lang")).as("%s links to the other language", page.getKey())
                    .isEqualTo("nl".equals(lang) ? "en" : "nl");
            assertThat(shopper.findElements(By.cssSelector("main h1"))).as("%s has one heading", page.getKey()).hasSize(1);
            assertThat(Browsers.cspViolations(shopper)).as("the Content-Security-Policy holds on %s", page.getKey()).isEmpty();
        }
    }

    /** Opens a demo page and waits for the widget, so that whatever it loads is in the console's account too. */
    private static void open(String path) {
        shopper.get(server.uri(path).toString());
        waitFor(() -> Browsers.widget(shopper).findElement(By.cssSelector("[data-sf=button]")));
    }

    /** Waits until the page of this type is parsed and its scripts have run (a click on a link does not wait). */
    private static void arrivedOn(String pageType) {
        waitFor(() -> pageType.equals(meta("page-type")) && !"loading".equals(shopper.executeScript("return document.readyState")));
    }

    private static void addToCart() {
        waitFor(() -> shopper.findElement(By.xpath("//main//button[.='In winkelwagen']"))).click();
    }

    private static String meta(String name) {
        return shopper.findElement(By.cssSelector("meta[name='shopfloor:" + name + "']")).getAttribute("content");
    }

    private static String cartCount() {
        return text("[data-cart-count]");
    }

    private static String text(String css) {
        return shopper.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> lineNames() {
        return shopper.findElements(By.cssSelector("#cart-lines [data-field=name]")).stream().map(WebElement::getText).toList();
    }

    private static List<String> totals() {
        return shopper.findElements(By.cssSelector("[data-total]")).stream().map(WebElement::getText).toList();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(shopper, WAIT, condition);
    }
}
