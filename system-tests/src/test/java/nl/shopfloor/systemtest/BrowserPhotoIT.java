package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In chromium (agents A7): an agent opens their profile from the top bar, chooses a photo (a file made here), sees the
 * preview, saves it; the page and the dashboard's top bar then show the served, versioned photo; a text file is refused
 * with a message; an admin uploads and removes an agent's photo in the agents list. Seed assumptions: demo agents lisa
 * and pieter (photos /demo/photos/photo-4.svg and photo-5.svg, restored afterwards) and admin.
 */
class BrowserPhotoIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static ChromeDriver browser;
    static Path files;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        browser = Browsers.start("en");
        files = Files.createTempDirectory("photos-it");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void restorePhotos() throws Exception {
        try (Connection db = server.jdbc()) {
            db.createStatement().executeUpdate("DELETE FROM agent_photo WHERE agent_username IN ('lisa', 'pieter')");
            db.createStatement().executeUpdate("UPDATE agent SET photo_url = '/demo/photos/photo-4.svg' WHERE username = 'lisa'");
            db.createStatement().executeUpdate("UPDATE agent SET photo_url = '/demo/photos/photo-5.svg' WHERE username = 'pieter'");
        }
    }

    @Test
    void anAgentUploadsTheirPhotoWithAPreviewAndTheTopBarShowsIt() throws Exception {
        Path photo = Files.write(files.resolve("me.png"), PhotosIT.image("png", 640, 480));
        Path text = Files.writeString(files.resolve("notes.png"), "this is no picture");
        Browsers.logIn(browser, server, "lisa", WAIT);
        Browsers.cspViolations(browser);
        waitFor(() -> browser.findElement(By.id("presence:profile-link"))).click();

        WebElement file = waitFor(() -> browser.findElement(By.cssSelector("[data-sf=photo-file]")));
        file.sendKeys(text.toString());
        browser.findElement(By.cssSelector("[data-sf=photo-save]")).click();
        waitFor(() -> browser.findElement(By.id("photo-status")).getText().contains("not a JPEG, PNG or WebP"));

        file.sendKeys(photo.toString());
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=photo-preview-box]")).isDisplayed());
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=photo-preview]")).getAttribute("src").startsWith("data:image/png"));
        browser.findElement(By.cssSelector("[data-sf=photo-save]")).click();
        waitFor(() -> browser.findElement(By.id("photo-status")).getText().contains("Photo saved"));

        WebElement current = browser.findElement(By.cssSelector("[data-sf=photo-current] img"));
        assertThat(current.getAttribute("src")).as("A7 the served photo").matches(".*/photos/[A-Za-z0-9_-]{24}/[0-9a-f]{20}\\.jpg");
        assertThat(current.getAttribute("alt")).as("A7 named").isEqualTo("Photo of Lisa Jansen");
        waitFor(() -> naturalWidth(current) == 256L);

        browser.findElement(By.id("back")).click();
        WebElement own = waitFor(() -> browser.findElement(By.cssSelector("[data-sf=own-photo]")));
        assertThat(own.getAttribute("src")).as("A7 the top bar's small photo").matches(".*/photos/[A-Za-z0-9_-]{24}/[0-9a-f]{20}-96\\.jpg");
        waitFor(() -> naturalWidth(own) == 96L);
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
    }

    @Test
    void anAdminUploadsAndRemovesAnAgentsPhotoOnTheAgentsPage() throws Exception {
        Path photo = Files.write(files.resolve("pieter.jpg"), PhotosIT.image("jpeg", 500, 900));
        Browsers.logIn(browser, server, "admin", WAIT);
        Browsers.cspViolations(browser);
        waitFor(() -> browser.findElement(By.id("presence:agents-link"))).click();
        By pieter = By.cssSelector("[data-sf=photo-editor][data-agent=pieter]");

        waitFor(() -> browser.findElement(pieter)).findElement(By.cssSelector("[data-sf=photo-file]")).sendKeys(photo.toString());
        waitFor(() -> browser.findElement(By.id("photo-status")).getText().contains("Photo saved"));
        WebElement shown = browser.findElement(pieter).findElement(By.cssSelector("[data-sf=photo-current] img"));
        assertThat(shown.getAttribute("src")).as("A7 the list shows the small photo").matches(".*/photos/[A-Za-z0-9_-]{24}/[0-9a-f]{20}-96\\.jpg");
        waitFor(() -> naturalWidth(shown) == 96L);

        browser.findElement(pieter).findElement(By.cssSelector("[data-sf=photo-remove]")).click();
        waitFor(() -> browser.findElement(By.id("photo-status")).getText().contains("Photo removed"));
        assertThat(browser.findElement(pieter).findElement(By.cssSelector("[data-sf=photo-current]")).getText())
                .as("A7 initials again").isEqualTo("P");
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
    }

    /** 0 until the browser has loaded the image. */
    private static long naturalWidth(WebElement image) {
        return ((Number) ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).longValue();
    }

    private static <T> T waitFor(java.util.function.Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
