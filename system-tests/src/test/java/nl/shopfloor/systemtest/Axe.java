package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (vendored unchanged in src/test/resources/axe, with its licence) run in the page as it is in the browser, with
 * its default rules (WCAG 2.0/2.1/2.2 A and AA and axe's best practices) and the WCAG 2.2 AA target size (2.5.8, 24 px),
 * which axe leaves off by default. Every violation counts, whatever its impact.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** The page's violations, one line each: rule, impact, each element (its selector) and axe's summary of what is wrong. */
    static List<String> violations(WebDriver driver) {
        return violations(driver, null);
    }

    /**
     * The violations within the element {@code id} (null: the whole page), e.g. an open modal dialog: the page behind it
     * cannot be used then, so its targets count as obscured.
     */
    static List<String> violations(WebDriver driver, String id) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(SOURCE);
        }
        Object answer = page.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var context = arguments[0] ? document.getElementById(arguments[0]) : document;
                axe.run(context, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })
                  .then(function (result) {
                    done(JSON.stringify(result.violations.map(function (v) {
                      return { id: v.id, impact: v.impact, tags: v.tags, help: v.help,
                        nodes: v.nodes.map(function (n) { return { target: n.target.join(' '), summary: n.failureSummary }; }) };
                    })));
                  })
                  .catch(function (e) { done('axe failed: ' + e); });
                """, id);
        String json = String.valueOf(answer);
        if (!json.startsWith("[")) {
            throw new IllegalStateException(json);
        }
        List<String> lines = new ArrayList<>();
        JsonArray found = Json.createReader(new StringReader(json)).readArray();
        for (JsonObject violation : found.getValuesAs(JsonObject.class)) {
            String impact = violation.getString("impact", "none");
            for (JsonObject node : violation.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                lines.add(violation.getString("id") + " (" + impact + ", " + violation.getString("help") + ") at "
                        + node.getString("target") + ": " + node.getString("summary", "").replace('\n', ' '));
            }
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not read axe.min.js", e);
        }
    }
}
