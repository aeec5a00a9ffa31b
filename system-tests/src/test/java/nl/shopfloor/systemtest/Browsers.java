package nl.shopfloor.systemtest;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's chromium driven by Debian's chromedriver: no browser download, nothing but loopback traffic. */
final class Browsers {

    static final String CHROMIUM = ShopfloorServer.config("shopfloor.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = ShopfloorServer.config("shopfloor.chromedriver", "/usr/bin/chromedriver");

    private Browsers() {
    }

    static ChromeDriver start(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=" + language);
        // The console, to catch what the Content-Security-Policy blocked (cspViolations).
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return driver;
    }

    /**
     * Waits until {@code condition} gives an element, a value or true; elements that are not there yet or were
     * re-rendered meanwhile count as "not yet".
     */
    static <T> T waitFor(WebDriver driver, Duration timeout, Supplier<T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    T value = condition.get();
                    return value instanceof Boolean b && !b ? null : value;
                });
    }

    /** What the browser's Content-Security-Policy blocked since the last call (the console is read and emptied). */
    static List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /** The widget's shadow root on the shop page. */
    static SearchContext widget(WebDriver driver) {
        return driver.findElement(By.id("shopfloor-widget")).getShadowRoot();
    }
}
