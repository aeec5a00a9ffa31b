package nl.shopfloor.systemtest;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return driver;
    }
}
