package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core finds nothing on the dashboard at a phone's size (390×844) and a laptop's (1280×900), whatever the impact:
 * every WCAG 2.x A/AA rule and axe's best practices, on the workspace with an open chat (at phone size each of its
 * views and the open menu), with the shortcuts dialog open, in Dutch after the language switch, on every supervisor's
 * and admin's page (the workspace with a contact message of its own and its answer-by-e-mail dialog, the edit-agent
 * dialog), on the login page and on the wall; at phone size no page scrolls sideways and every control is a touch
 * target of at least 44×44 px. No rule is left out.
 * Seed assumptions: demo shop "demo" with admin "admin"; the agent is this test's own. With {@code -Daxe.shots=<dir>}
 * it also saves a full-page screenshot of every page it checks, to look at the layouts.
 */
class DashboardAccessibilityIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NAME = "Axe Tester";
    private static final List<String> ADMIN_PAGES = List.of("answers", "knowledge", "profile", "agents", "roster", "hours", "kpi",
            "invites", "invite-results", "invite-holdbacks", "keys", "webhooks", "privacy");

    private static ShopfloorServer server;
    private static String agent;

    @BeforeAll
    static void account() {
        server = ShopfloorServer.shared();
        agent = TestAccounts.create(server, "axe", NAME);
    }

    @AfterAll
    static void removeAccount() {
        TestAccounts.delete(server, agent);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.PHONE, Browsers.DESKTOP})
    void theAgentsWorkspaceWithAnOpenChat(String size) {
        ChromeDriver browser = start(size);
        List<String> problems = new ArrayList<>();
        try (Shopper shopper = Shopper.arrive(server)) {
            Browsers.logIn(browser, server, agent, WAIT);
            Browsers.choosePresence(browser, "Online", WAIT);
            shopper.socket.send(jakarta.json.Json.createObjectBuilder().add("type", "start").add("name", "Ada Axe").add("topic", "order")
                    .add("text", "Where is my order?").add("clientId", Shopper.clientId()).add("agent", shopper.publicIdOf(NAME)).build());
            shopper.socket.awaitType("started", WAIT);
            waitFor(browser, () -> browser.findElement(By.id("reply")).isDisplayed());
            WebElement customer = browser.findElement(By.id("customer"));
            waitFor(browser, () -> customer.getAttribute("hidden") == null && !browser.findElement(By.id("customer-state"))
                    .getAttribute("textContent").equals(customer.getAttribute("data-text-loading")));
            check(browser, size, "workspace, open chat", problems);
            if (Browsers.PHONE.equals(size)) {
                view(browser, "customer");
                check(browser, size, "workspace, customer view", problems);
                view(browser, "chats");
                check(browser, size, "workspace, chats view", problems);
                browser.findElement(By.id("menu-toggle")).click();
                waitFor(browser, () -> browser.findElement(By.id("presence:logout")).isDisplayed());
                check(browser, size, "workspace, menu open", problems);
                browser.findElement(By.id("menu-toggle")).click();
            }
            browser.findElement(By.id("shortcuts-open")).click();
            waitFor(browser, () -> (Boolean) browser.executeScript("return document.getElementById('shortcuts').open"));
            check(browser, size, "shortcuts dialog", problems);
            browser.findElement(By.cssSelector("[data-sf=shortcuts-close]")).click();

            clickLanguage(browser, "nl");
            waitFor(browser, () -> "nl".equals(browser.executeScript("return document.documentElement.lang")));
            waitFor(browser, () -> browser.findElement(By.id("presence-choice")).getAttribute("disabled") == null);
            check(browser, size, "workspace in Dutch", problems);
            clickLanguage(browser, "en");
            waitFor(browser, () -> "en".equals(browser.executeScript("return document.documentElement.lang")));
            Browsers.choosePresence(browser, "Offline", WAIT);
            shopper.end();
        } finally {
            browser.quit();
        }
        assertThat(problems).as("axe and the page's width at " + size).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.PHONE, Browsers.DESKTOP})
    void theLoginPageTheAdminsPagesAndTheWall(String size) {
        ChromeDriver browser = start(size);
        List<String> problems = new ArrayList<>();
        try {
            String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
            OfflineMailIT.send(server, "en", OfflineMailIT.form("Axe Contact", "axe-" + marker + "@example.com", "service",
                    "A long question without spaces to see the table on a phone: https://shop.example/orders/" + marker + "/" + "x".repeat(60), null));
            browser.get(server.uri("/dashboard/").toString());
            waitFor(browser, () -> browser.findElement(By.id("j_username")));
            browser.executeScript("var i = document.createElement('img'); i.id = 'axe-probe'; i.src = 'data:,'; document.body.appendChild(i);");
            assertThat(Axe.violations(browser)).as("the harness sees a violation when there is one")
                    .anyMatch(line -> line.startsWith("image-alt ") && line.contains("#axe-probe"));
            browser.executeScript("document.getElementById('axe-probe').remove()");
            check(browser, size, "login", problems);
            Browsers.logIn(browser, server, "admin", WAIT);
            waitFor(browser, () -> browser.findElement(By.id("presence-choice")).getAttribute("disabled") == null);
            check(browser, size, "workspace as admin", problems);
            openDialog(browser, "[data-sf=answer]", "answer-dialog");
            checkDialog(browser, size, "workspace as admin, answering a contact message by e-mail", "answer-dialog", problems);
            for (String page : ADMIN_PAGES) {
                browser.get(server.uri("/dashboard/" + page + ".xhtml").toString());
                waitFor(browser, () -> "complete".equals(browser.executeScript("return document.readyState"))
                        && !browser.findElements(By.cssSelector("[data-sf=language-switch]")).isEmpty());
                check(browser, size, page, problems);
                if (page.equals("agents")) {
                    openDialog(browser, "[data-sf=edit-agent]", "edit-dialog");
                    checkDialog(browser, size, "agents, editing an agent", "edit-dialog", problems);
                }
            }
            browser.get(server.uri("/wall/").toString());
            waitFor(browser, () -> browser.findElement(By.id("wall")).getAttribute("hidden") == null);
            check(browser, size, "wall", problems);
        } finally {
            browser.quit();
        }
        assertThat(problems).as("axe and the page's width at " + size).isEmpty();
    }

    private static ChromeDriver start(String size) {
        ChromeDriver browser = Browsers.start("en", null, size);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private static void check(ChromeDriver browser, String size, String page, List<String> problems) {
        String where = "[" + size + "] " + page + ": ";
        if (System.getProperty("axe.shots") != null) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("axe.shots"));
                java.nio.file.Files.createDirectories(dir);
                Object shot = browser.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("captureBeyondViewport", true)).get("data");
                java.nio.file.Files.write(dir.resolve((size + "-" + page).replaceAll("[^a-zA-Z0-9]+", "_") + ".png"),
                        java.util.Base64.getDecoder().decode(String.valueOf(shot)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Axe.violations(browser).forEach(violation -> problems.add(where + violation));
        if (Browsers.PHONE.equals(size)) {
            smallTargets(browser).forEach(target -> problems.add(where + "a touch target under 44 px: " + target));
            // clientWidth too: a phone's browser widens innerWidth by zooming out when the page is too wide
            Object widths = browser.executeScript("return [document.documentElement.scrollWidth,"
                    + " Math.min(window.innerWidth, document.documentElement.clientWidth)]");
            List<?> both = (List<?>) widths;
            if (((Number) both.get(0)).longValue() > ((Number) both.get(1)).longValue()) {
                problems.add(where + "scrolls sideways: " + both.get(0) + " px wide in " + both.get(1) + " px" + widest(browser));
            }
        }
    }

    /**
     * The controls a finger uses that are less than 44 CSS pixels (2.75rem) high or wide, as "element width x height".
     * A check box's or radio button's labels count with it (a tap on them chooses), PrimeFaces' hidden inputs through
     * the box shown for them, a select menu as a whole; a link within a sentence is exempt (WCAG 2.5.5), and so are
     * table cells (focusable for keyboard navigation, not tapped).
     */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(ChromeDriver browser) {
        return (List<String>) browser.executeScript("""
                function name(e) {
                  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + (e.textContent || e.value || '').trim().substring(0, 20) + '"';
                }
                function labelsOf(input) {
                  return input && input.labels ? Array.prototype.map.call(input.labels, function (l) { return l.getBoundingClientRect(); }) : [];
                }
                var out = [];
                document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=option],'
                    + ' [role=tab], [tabindex]:not([tabindex="-1"]), .ui-chkbox-box, .ui-selectonemenu').forEach(function (e) {
                  if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden' || e.closest('.ui-helper-hidden-accessible')
                      || e.tagName === 'TD' || e.tagName === 'TR' || (e.closest('.ui-selectonemenu') && !e.classList.contains('ui-selectonemenu'))) { return; }
                  if (e.tagName === 'A' && getComputedStyle(e).display === 'inline'
                      && e.parentElement.textContent.trim().length > e.textContent.trim().length) { return; }
                  var rects = [e.getBoundingClientRect()].concat(labelsOf(e));
                  var box = e.closest('.ui-chkbox');
                  if (box) {
                    rects = rects.concat(labelsOf(box.querySelector('input')));
                    if (box.querySelector('.ui-chkbox-label')) { rects.push(box.querySelector('.ui-chkbox-label').getBoundingClientRect()); }
                  }
                  rects = rects.filter(function (r) { return r.width || r.height; });
                  var width = Math.max.apply(null, rects.map(function (r) { return r.right; })) - Math.min.apply(null, rects.map(function (r) { return r.left; }));
                  var height = Math.max.apply(null, rects.map(function (r) { return r.bottom; })) - Math.min.apply(null, rects.map(function (r) { return r.top; }));
                  if (width < 43.5 || height < 43.5) { out.push(name(e) + ' ' + Math.round(width) + 'x' + Math.round(height)); }
                });
                return out;
                """);
    }

    /** The innermost elements that stick out to the right (at most three): for the failure message. */
    private static String widest(ChromeDriver browser) {
        return String.valueOf(browser.executeScript("""
                var w = document.documentElement.clientWidth, out = [];
                function name(e) {
                  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                }
                function clipped(e) {
                  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') { return true; }
                  }
                  return false;
                }
                var wide = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                  return e.getClientRects().length && e.getBoundingClientRect().right > w + 0.5 && !clipped(e);
                });
                wide.forEach(function (e) {
                  if (out.length < 3 && !wide.some(function (o) { return o !== e && e.contains(o); })) { out.push(e); }
                });
                return out.length ? ' (' + out.map(function (e) { return name(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px'; }).join(', ') + ')' : '';
                """));
    }

    /** A modal dialog alone: the page behind it was checked before it opened and cannot be used while it is open. */
    private static void checkDialog(ChromeDriver browser, String size, String page, String dialogId, List<String> problems) {
        Axe.violations(browser, dialogId).forEach(violation -> problems.add("[" + size + "] " + page + ": " + violation));
    }

    /** Opens a PrimeFaces dialog with the first of its buttons and waits until it is shown and has taken the focus. */
    private static void openDialog(ChromeDriver browser, String button, String dialogId) {
        WebElement opener = browser.findElement(By.cssSelector(button));
        if (!opener.isDisplayed()) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", opener);
        }
        opener.click();
        waitFor(browser, () -> browser.findElement(By.id(dialogId)).isDisplayed()
                && Boolean.TRUE.equals(browser.executeScript(
                        "return document.getElementById(arguments[0]).contains(document.activeElement)", dialogId)));
    }

    private static void view(ChromeDriver browser, String view) {
        browser.findElement(By.cssSelector("#views button[data-view=" + view + "]")).click();
        waitFor(browser, () -> view.equals(browser.findElement(By.id("workspace")).getAttribute("data-view")));
    }

    private static void clickLanguage(ChromeDriver browser, String language) {
        WebElement option = browser.findElement(By.cssSelector("[data-sf=language-" + language + "]"));
        if (!option.isDisplayed()) {
            browser.findElement(By.id("menu-toggle")).click();
        }
        waitFor(browser, option::isDisplayed);
        option.click();
    }

    private static <T> T waitFor(ChromeDriver browser, Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
