package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page of invites held back and why (invites I10) on the real server and MariaDB: a supervisor sees each rule's
 * hold-backs per reason for today, 7 and 30 days, with the reasons explained, in English and Dutch; an agent gets 403
 * and no link. The counts are written into {@code invite_holdback} as the tally's flush writes them: no boundary
 * reports shopper activity to the invite engine yet (the widget's part of issue 10), so none can be caused end to end.
 * Seed assumptions: demo shop "demo" with its demo invite rules, supervisor anouk, agent lisa; password "demo".
 */
class InviteHoldbacksIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static ShopfloorServer server;
    private static String ruleId;
    private static String ruleName;

    @BeforeAll
    static void seedHoldbacks() throws Exception {
        server = ShopfloorServer.shared();
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        try (Connection db = server.jdbc()) {
            try (Statement sql = db.createStatement();
                 ResultSet rule = sql.executeQuery("SELECT id, name FROM invite_rule WHERE shop_id = 'demo' ORDER BY name LIMIT 1")) {
                assertThat(rule.next()).as("the demo shop has its demo rules").isTrue();
                ruleId = rule.getString(1);
                ruleName = rule.getString(2);
            }
            try (PreparedStatement clear = db.prepareStatement("DELETE FROM invite_holdback WHERE shop_id = 'demo' AND rule_id = ?")) {
                clear.setString(1, ruleId);
                clear.executeUpdate();
            }
            add(db, "ANSWER_TIME", hour, 3);
            add(db, "ANSWER_TIME", hour.minus(10, ChronoUnit.DAYS), 4);
            add(db, "ANSWER_TIME", hour.minus(40, ChronoUnit.DAYS), 8);
            add(db, "NO_CAPACITY", hour.minus(5, ChronoUnit.DAYS), 2);
        }
    }

    @Test
    void aSupervisorSeesEachRulesHoldbacksPerReasonWithTheReasonsExplained() throws Exception {
        String cookie = new AgentLogin(server).login("anouk");
        HttpResponse<String> dashboard = get("/dashboard/", cookie, "en");
        assertThat(dashboard.body()).as("I10 linked from the dashboard").contains("invite-holdbacks.xhtml");
        HttpResponse<String> page = get("/dashboard/invite-holdbacks.xhtml", cookie, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(counts(page.body(), "ANSWER_TIME")).as("I10 today, 7 days, 30 days").containsExactly(3L, 3L, 7L);
        assertThat(counts(page.body(), "NO_CAPACITY")).as("I10").containsExactly(0L, 2L, 2L);
        assertThat(page.body()).as("I10").contains(ruleName, "Answer time", "No room", "What the reasons mean",
                "would not fit in 80 % of the free chat slots");
        HttpResponse<String> dutch = get("/dashboard/invite-holdbacks.xhtml", cookie, "nl");
        assertThat(dutch.body()).as("I10 in Dutch").contains("Tegengehouden uitnodigingen en waarom", "Antwoordtijd", "Geen ruimte");
    }

    @Test
    void anAgentGetsNoAccessAndNoLink() throws Exception {
        String cookie = new AgentLogin(server).login("lisa");
        HttpResponse<String> page = get("/dashboard/invite-holdbacks.xhtml", cookie, "en");
        assertThat(page.statusCode()).as("supervisors and admins only").isEqualTo(403);
        assertThat(page.body()).doesNotContain("data-sf=\"holdback\"");
        assertThat(get("/dashboard/", cookie, "en").body()).doesNotContain("holdbacks-link");
    }

    private static List<Long> counts(String html, String reason) {
        Matcher row = Pattern.compile("data-rule=\"" + Pattern.quote(ruleId) + "\" data-reason=\"" + reason + "\">.*?"
                + "data-sf=\"today\">(\\d+)</td>.*?data-sf=\"week\">(\\d+)</td>.*?data-sf=\"month\">(\\d+)</td>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + reason).isTrue();
        return List.of(Long.parseLong(row.group(1)), Long.parseLong(row.group(2)), Long.parseLong(row.group(3)));
    }

    private static void add(Connection db, String reason, Instant hour, long count) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO invite_holdback (shop_id, rule_id, reason, bucket_start, held_back)"
                + " VALUES ('demo', ?, ?, ?, ?)")) {
            insert.setString(1, ruleId);
            insert.setString(2, reason);
            insert.setTimestamp(3, Timestamp.from(hour));
            insert.setLong(4, count);
            insert.executeUpdate();
        }
    }

    private static HttpResponse<String> get(String path, String cookie, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie).header("Accept-Language", language)
                .timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
