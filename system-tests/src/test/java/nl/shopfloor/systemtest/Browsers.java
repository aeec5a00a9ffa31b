package nl.shopfloor.systemtest;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
    /** Window sizes, width,height in CSS pixels: a laptop's, and a phone's (an iPhone 12-15's viewport). */
    static final String DESKTOP = "1280,900";
    static final String PHONE = "390,844";

    private Browsers() {
    }

    /**
     * For a test class on the dashboard in chromium ({@code @RegisterExtension static final}): before all its tests, an agent
     * account of its own ({@link TestAccounts}) on the shared server and an English browser; after them the browser quits
     * and, if asked, the account is deleted.
     */
    static final class Dashboard implements BeforeAllCallback, AfterAllCallback {
        private final String prefix;
        private final String displayName;
        private final boolean deleteAccount;
        private final String windowSize;
        ShopfloorServer server;
        ChromeDriver browser;
        /** The account's username. */
        String agent;

        Dashboard(String prefix, String displayName, boolean deleteAccount) {
            this(prefix, displayName, deleteAccount, DESKTOP);
        }

        /** {@code windowSize}: {@link #DESKTOP} or {@link #PHONE}. */
        Dashboard(String prefix, String displayName, boolean deleteAccount, String windowSize) {
            this.prefix = prefix;
            this.displayName = displayName;
            this.deleteAccount = deleteAccount;
            this.windowSize = windowSize;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            server = ShopfloorServer.shared();
            agent = TestAccounts.create(server, prefix, displayName);
            browser = start("en", null, windowSize);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (browser != null) {
                browser.quit();
            }
            if (deleteAccount) {
                TestAccounts.delete(server, agent);
            }
        }

        /** Opens the dashboard and logs the agent in with the form. */
        void logIn(Duration timeout) {
            browser.get(server.uri("/dashboard/").toString());
            waitFor(browser, timeout, () -> browser.findElement(By.id("j_username"))).sendKeys(agent);
            browser.findElement(By.id("j_password")).sendKeys(AgentLogin.DEMO_PASSWORD);
            browser.findElement(By.id("login-submit")).click();
        }

        /** Opens the dashboard, logging in only when the browser is not logged in yet (tests that share one browser). */
        void onDashboard(Duration timeout) {
            browser.get(server.uri("/dashboard/").toString());
            waitFor(browser, timeout, () -> !browser.findElements(By.id("j_username")).isEmpty()
                    || !browser.findElements(By.id("presence:logout")).isEmpty());
            if (!browser.findElements(By.id("j_username")).isEmpty()) {
                logIn(timeout);
            }
            waitFor(browser, timeout, () -> browser.findElement(By.id("presence:logout")));
        }
    }

    static ChromeDriver start(String language) {
        return start(language, null);
    }

    /** A browser that saves downloads in {@code downloads} without asking (null: the default). */
    static ChromeDriver start(String language, java.nio.file.Path downloads) {
        return start(language, downloads, DESKTOP);
    }

    /** {@code windowSize}: {@link #DESKTOP} or {@link #PHONE}, the page's viewport in headless chromium. */
    static ChromeDriver start(String language, java.nio.file.Path downloads, String windowSize) {
        return start(language, downloads, windowSize, null);
    }

    /**
     * A browser whose requests ask for {@code language} in Accept-Language: headless chromium sends "en-US,en" whatever
     * {@code --lang} says, so the servers' choice by the browser's language needs {@code --accept-lang}.
     */
    static ChromeDriver startAccepting(String language) {
        return start(language, null, DESKTOP, language);
    }

    private static ChromeDriver start(String language, java.nio.file.Path downloads, String windowSize, String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        if (acceptLanguage != null) {
            options.addArguments("--accept-lang=" + acceptLanguage);
        }
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        if (PHONE.equals(windowSize)) {
            // chromium keeps a window at least 500 pixels wide: a phone's viewport (and touch) needs device emulation
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844,
                    "pixelRatio", 3.0, "touch", true, "mobile", true)));
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize, "--lang=" + language);
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

    /**
     * Forgets the visitor the browser was: storage cleared on a page of the same origin without the widget. Cleared on a
     * widget page, the widget's answer to its hello may still arrive and store the old visitor id again (a test then
     * meets the previous test's visitor, with its open chat and no invite).
     */
    static void forgetVisitor(WebDriver driver, ShopfloorServer server) {
        driver.get(server.uri("/api/health/ready").toString());
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    /** Opens the dashboard with no session and logs {@code username} (a demo account) in with the form. */
    static void logIn(WebDriver driver, ShopfloorServer server, String username, Duration timeout) {
        driver.manage().deleteAllCookies();
        driver.get(server.uri("/dashboard/").toString());
        waitFor(driver, timeout, () -> driver.findElement(By.id("j_username"))).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(AgentLogin.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waitFor(driver, timeout, () -> driver.findElement(By.id("presence:logout")));
    }

    /**
     * Chooses the agent's presence on the dashboard by its label ("Online", "Away", ...): waits until the control is
     * enabled (the agent socket's snapshot came), clicks the option and waits until the server's presence frame shows it.
     */
    static void choosePresence(WebDriver driver, String label, Duration timeout) {
        WebElement option = waitFor(driver, timeout, () -> {
            WebElement found = driver.findElement(By.xpath("//fieldset[@data-sf='presence']//label[normalize-space()='" + label + "']"));
            return driver.findElement(By.id("presence-choice")).getAttribute("disabled") == null ? found : null;
        });
        WebElement radio = driver.findElement(By.id(option.getAttribute("for")));
        String status = radio.getAttribute("value");
        option.click();
        waitFor(driver, timeout, () -> radio.isSelected() && List.of(driver.findElement(By.id("live-status")).getAttribute("class")
                .split("\\s+")).contains("sf-" + status));
    }

    /** Follows a link of the dashboard's top bar by its id; on a phone the links are behind the Menu button, opened first. */
    static void followTopLink(WebDriver driver, String id, Duration timeout) {
        WebElement link = waitFor(driver, timeout, () -> driver.findElement(By.id(id)));
        if (!link.isDisplayed()) {
            WebElement toggle = driver.findElement(By.id("menu-toggle"));
            if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            }
            waitFor(driver, timeout, link::isDisplayed);
        }
        link.click();
    }

    /** Answers the page's confirmation dialog (a global p:confirmDialog in form "confirm") with yes. */
    static void confirm(WebDriver driver, Duration timeout) {
        waitFor(driver, timeout, () -> {
            WebElement button = driver.findElement(By.id("confirm:yes"));
            return button.isDisplayed() ? button : null;
        }).click();
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
