package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The KPI filters (kpi K9) on a generated week ({@link KpiDataset}): for a team, an agent, a topic, an origin, a page
 * and combinations, the shop's API and the supervisors' call give the figures this test works out from the rows it
 * wrote, and the whole shop's sessions and orders whatever the filter; the per-team figures and CSV likewise. And the
 * origin the widget says in {@code start} is what the origin filter counts (chat C19).
 * Seed assumptions: demo shop "demo", agents jeroen (in a team), lisa, supervisor anouk, admin.
 */
class KpiFiltersIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;
    static Supervisor anouk;
    static ShopBackend shop;
    static KpiDataset data;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        Supervisor admin = new Supervisor(server, "admin");
        anouk = Supervisor.anouk(server);
        shop = ShopBackend.withWriteKey(server, admin, "KpiFiltersIT");
        data = KpiDataset.generate(server, shop, 60);
    }

    @Test
    void everyFilterGivesTheFiguresOfItsChatsAndTheWholeShopToCompareWith() throws Exception {
        String team = data.teams.get("jeroen");
        Map<String, Predicate<KpiDataset.Chat>> filters = new LinkedHashMap<>();
        filters.put("", c -> true);
        filters.put("team=" + team, c -> team.equals(c.team()));
        filters.put("agent=lisa", c -> "lisa".equals(c.agent()));
        filters.put("topic=product", c -> c.topic().equals("product"));
        filters.put("origin=team-page", c -> c.origin().equals("TEAM_PAGE"));
        filters.put("origin=reactive", c -> c.origin().equals("REACTIVE"));
        filters.put("page=" + encode("/LAPTOPS/"), c -> c.page() != null && c.page().toLowerCase(Locale.ROOT).contains("/laptops/"));
        filters.put("page=faq", c -> c.page() != null && c.page().contains("faq"));
        for (Map.Entry<String, Predicate<KpiDataset.Chat>> filter : filters.entrySet()) {
            assertThat(data.chats.stream().filter(filter.getValue())).as("the week has chats for %s", filter.getKey()).isNotEmpty();
        }
        filters.put("team=" + team + "&topic=order&origin=own-agent",
                c -> team.equals(c.team()) && c.topic().equals("order") && c.origin().equals("OWN_AGENT"));
        filters.put("agent=sanne&page=" + encode("/cart"), c -> "sanne".equals(c.agent()) && "https://shop.example/cart".equals(c.page()));
        filters.put("page=" + encode("%"), c -> false);
        filters.put("origin=proactive", c -> false);
        filters.put("team=no-such-team", c -> false);

        for (Map.Entry<String, Predicate<KpiDataset.Chat>> filter : filters.entrySet()) {
            String query = "?" + data.period() + (filter.getKey().isEmpty() ? "" : "&" + filter.getKey());
            JsonObject api = shop.get("/api/v1/kpi" + query);
            assertThat(KpiDataset.comparable(api)).as("K9 %s", filter.getKey()).isEqualTo(data.expected(filter.getValue()));
            assertThat(anouk.getJson("/api/kpi" + query)).as("K9 the supervisors' call for %s", filter.getKey()).isEqualTo(api);
            long chats = api.getJsonNumber("conversations").longValue();
            assertThat(api.getJsonNumber("engagementRatio").doubleValue()).as("K9 filtered chats ÷ all sessions")
                    .isEqualTo((double) chats / (7 * KpiDataset.SESSIONS_PER_DAY));
        }
    }

    @Test
    void eachTeamHasTheFiguresOfItsAgentsInTheTableAndTheCsv() throws Exception {
        JsonObject api = shop.get("/api/v1/kpi?" + data.period() + "&topic=product");
        String csv = anouk.call("GET", "/api/kpi/teams.csv?" + data.period() + "&topic=product", null).body();
        assertThat(csv).startsWith("team,name,conversations,creditedOrders,chatRevenue,chatConversion,firstResponseMedianSeconds,firstResponseP90Seconds,"
                + "withinTargetShare,csatAnswers,csatSatisfiedShare,csatAverageStars\r\n");
        for (String team : data.teams.values().stream().distinct().toList()) {
            JsonObject row = api.getJsonArray("teams").stream().map(JsonObject.class::cast).filter(t -> t.getString("team").equals(team))
                    .findFirst().orElseThrow(() -> new AssertionError("no row for team " + team));
            JsonObject expected = data.expected(c -> team.equals(c.team()) && c.topic().equals("product"));
            assertThat(row.getJsonNumber("conversations").longValue()).as("K9 %s", team).isEqualTo(expected.getJsonNumber("conversations").longValue());
            long credited = expected.getJsonNumber("creditedOrdersDuring").longValue() + expected.getJsonNumber("creditedOrdersAfter").longValue();
            assertThat(row.getJsonNumber("creditedOrders").longValue()).as("K9 %s", team).isEqualTo(credited);
            assertThat(row.getJsonNumber("chatRevenue").bigDecimalValue()).as("K9 %s", team)
                    .isEqualByComparingTo(expected.getJsonNumber("chatRevenue").bigDecimalValue());
            assertThat(row.getJsonObject("firstResponse")).as("K9 %s", team).isEqualTo(json(expected.getJsonObject("firstResponse"),
                    row.getJsonObject("firstResponse")));
            assertThat(row.getJsonObject("satisfaction").getJsonNumber("answers").longValue()).as("K9 %s", team)
                    .isEqualTo(expected.getJsonObject("satisfaction").getJsonNumber("answers").longValue());
            assertThat(csv).as("K9 the CSV row of %s", team).contains("\r\n" + team + "," + row.getString("name") + ","
                    + row.getJsonNumber("conversations").longValue() + "," + credited + ","
                    + row.getJsonNumber("chatRevenue").bigDecimalValue().toPlainString() + ",");
        }
    }

    @Test
    void wrongFiltersGetAClearRefusal() throws Exception {
        for (String bad : new String[]{"topic=Not%20a%20topic", "origin=sideways", "agent=Has%20Spaces", "team=" + "x".repeat(41),
                "page=" + "p".repeat(201)}) {
            var answer = shop.call("GET", "/api/v1/kpi?" + data.period() + "&" + bad, null);
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.body()).as(bad).contains("\"error\"").doesNotContain("Exception");
            assertThat(anouk.call("GET", "/api/kpi/agents.csv?" + data.period() + "&" + bad, null).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void theOriginTheWidgetSaysIsWhatTheOriginFilterCounts() throws Exception {
        LocalDate today = LocalDate.now(KpiDataset.ZONE);
        String period = "/api/v1/kpi?from=" + today + "&to=" + today;
        long teamPageBefore = chats(period + "&origin=team-page&agent=jeroen");
        long reactiveBefore = chats(period + "&origin=reactive&agent=jeroen");
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); Shopper fromTeamPage = Shopper.arrive(server);
             Shopper fromButton = Shopper.arrive(server); Shopper wrong = Shopper.arrive(server)) {
            fromTeamPage.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Kim").add("topic", "product")
                    .add("clientId", Shopper.clientId()).add("agent", fromTeamPage.publicIdOf("Jeroen Bakker")).add("origin", "team-page").build());
            fromTeamPage.socket.awaitType("started", WAIT);
            jeroen.awaitAssigned();
            fromButton.start("Noor", "Hello", "product");
            jeroen.awaitAssigned();
            String clientId = Shopper.clientId();
            wrong.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Eva").add("topic", "product")
                    .add("clientId", clientId).add("origin", "proactive").build());
            JsonObject error = wrong.socket.awaitType("error", WAIT);
            assertThat(error.getString("code")).as("C19").isEqualTo("invalid");
            assertThat(error.getString("clientId")).isEqualTo(clientId);
            assertThat(error.getString("message")).contains("origin");
            fromTeamPage.end();
            fromButton.end();
        }
        assertThat(chats(period + "&origin=team-page&agent=jeroen") - teamPageBefore).as("C19 K9 the team page's chat").isEqualTo(1);
        assertThat(chats(period + "&origin=reactive&agent=jeroen") - reactiveBefore).as("C19 K9 no origin: the contact button").isEqualTo(1);
    }

    private static long chats(String path) {
        return shop.get(path).getJsonNumber("conversations").longValue();
    }

    /** {@code expected} with the API's target seconds and share, which the dataset does not work out. */
    private static JsonObject json(JsonObject expected, JsonObject api) {
        var builder = Json.createObjectBuilder(expected).add("targetSeconds", api.getInt("targetSeconds"));
        if (expected.getInt("counted") == 0) {
            builder.addNull("withinTargetShare");
        } else {
            builder.add("withinTargetShare", (double) expected.getInt("withinTarget") / expected.getInt("counted"));
        }
        return builder.build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
