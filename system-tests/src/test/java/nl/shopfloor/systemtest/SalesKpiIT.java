package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders pushed through the shop API are credited to the chats before them, and the KPI API and the supervisors'
 * KPI call show the same figures. The other tests share this server and add chats of their own, so the figures are
 * compared as changes over the scenario, worked out here from the scenario itself.
 * Seed assumptions: demo shop "demo" (Europe/Amsterdam, attribution 7 days), agent jeroen, supervisor anouk, admin.
 */
class SalesKpiIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static ShopfloorServer server;
    static Supervisor admin;
    static Supervisor anouk;
    static String key;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        admin = new Supervisor(server, "admin");
        anouk = Supervisor.anouk(server);
        key = json(admin.call("POST", "/api/keys", "{\"name\": \"kpi test\", \"scope\": \"write\"}").body()).getString("key");
    }

    @Test
    void ordersAreCreditedToTheChatsBeforeThemAndBothViewsAgree() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        String tomorrow = "/api/v1/sessions/" + today.plusDays(1);
        long shopSessionsTomorrow = json(api("GET", "/api/v1/sessions?from=" + today.plusDays(1) + "&to=" + today.plusDays(1), null).body())
                .getJsonArray("days").stream().map(JsonObject.class::cast).filter(d -> d.getString("source").equals("shop"))
                .mapToLong(d -> d.getJsonNumber("sessions").longValue()).sum();
        JsonObject before = json(api("GET", "/api/v1/kpi" + period, null).body());

        String secret = admin.getJson("/api/keys/identify-secret").getString("secret");
        String customer = "C-" + UUID.randomUUID();
        String a;
        String b;
        String c;
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); Shopper shopperA = Shopper.arrive(server);
             Shopper shopperB = Shopper.arrive(server); Shopper shopperC = Shopper.arrive(server)) {
            a = shopperA.visitor();
            b = shopperB.visitor();
            c = shopperC.visitor();
            long ts = Instant.now().getEpochSecond();
            shopperB.socket.send(Json.createObjectBuilder().add("type", "identify").add("customer", customer).add("ts", ts)
                    .add("sig", sign(secret, customer, ts)).build());
            assertThat(shopperB.socket.awaitType("identified", WAIT).getBoolean("ok")).isTrue();
            Instant beforeChats = Instant.now().minusSeconds(3600);
            for (Shopper shopper : new Shopper[]{shopperA, shopperB, shopperC}) {
                shopper.start("Kim", "Do you deliver on Saturdays?");
                jeroen.awaitAssigned();
            }
            shopperB.socket.send(Json.createObjectBuilder().add("type", "end").build());
            shopperB.socket.awaitType("closed", WAIT);
            Instant afterBClosed = Instant.now().plusSeconds(1);

            // A: ordered an hour before the chat (not credited); C: orders while the chat is open (during); B's
            // customer orders on another device after the chat closed (after); a cancelled order of C and an order of
            // somebody who never chatted are not credited.
            put(order(a, null, "100.00", "paid", beforeChats));
            put(order(c, null, "250.00", "paid", Instant.now()));
            put(order("other-device-" + UUID.randomUUID().toString().substring(0, 8), customer, "400.00", "placed", afterBClosed));
            put(order(c, null, "999.00", "cancelled", Instant.now()));
            put(order(null, null, "50.00", "paid", Instant.now()));
        }
        assertThat(api("PUT", tomorrow, "{\"sessions\": 500}").statusCode()).isEqualTo(200);

        JsonObject after = json(api("GET", "/api/v1/kpi" + period, null).body());
        assertThat(change(before, after, "conversations")).as("K7 three chats").isEqualTo(3);
        assertThat(change(before, after, "orders")).as("K7 the cancelled one counts nowhere").isEqualTo(4);
        assertThat(money(after, "revenue").subtract(money(before, "revenue"))).isEqualByComparingTo("800.00");
        assertThat(change(before, after, "creditedOrdersDuring")).as("K6 C ordered during the chat").isEqualTo(1);
        assertThat(change(before, after, "creditedOrdersAfter")).as("K6 B's customer, another device, after").isEqualTo(1);
        assertThat(money(after, "chatRevenue").subtract(money(before, "chatRevenue"))).isEqualByComparingTo("650.00");
        assertThat(change(before, after, "sessions")).isEqualTo(500 - shopSessionsTomorrow);
        assertThat(after.getJsonNumber("engagementRatio").doubleValue())
                .isEqualTo((double) after.getJsonNumber("conversations").longValue() / after.getJsonNumber("sessions").longValue());
        assertThat(after.getJsonNumber("chatConversion").doubleValue())
                .isEqualTo((double) after.getJsonNumber("creditedOrders").longValue() / after.getJsonNumber("conversations").longValue());
        JsonObject jeroenAfter = agent(after, "jeroen");
        JsonObject jeroenBefore = agent(before, "jeroen");
        assertThat(jeroenAfter.getJsonNumber("creditedOrders").longValue() - (jeroenBefore == null ? 0 : jeroenBefore.getJsonNumber("creditedOrders").longValue()))
                .as("K6 credit goes to the agent too").isEqualTo(2);

        JsonObject dashboard = anouk.getJson("/api/kpi" + period);
        assertThat(dashboard).as("K7 the supervisors' view and the API show the same numbers").isEqualTo(after);
        assertThat(api("GET", "/api/v1/kpi?from=2026-13-01&to=2026-12-01", null).statusCode()).isEqualTo(400);
        assertThat(api("GET", "/api/v1/kpi?from=2024-01-01&to=2026-01-01", null).statusCode()).as("at most 400 days").isEqualTo(400);

        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 31}").statusCode()).isEqualTo(400);
        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 1}").statusCode()).isEqualTo(200);
        assertThat(json(api("GET", "/api/v1/kpi" + period, null).body()).getInt("attributionDays")).isEqualTo(1);
        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 7}").statusCode()).isEqualTo(200);
    }

    private static long change(JsonObject before, JsonObject after, String field) {
        return after.getJsonNumber(field).longValue() - before.getJsonNumber(field).longValue();
    }

    private static BigDecimal money(JsonObject figures, String field) {
        return figures.getJsonNumber(field).bigDecimalValue();
    }

    private static JsonObject agent(JsonObject figures, String username) {
        return figures.getJsonArray("agents").stream().map(JsonObject.class::cast).filter(a -> a.getString("agent").equals(username))
                .findFirst().orElse(null);
    }

    private static String order(String visitor, String customer, String total, String status, Instant placedAt) {
        return "{\"id\": \"O-" + UUID.randomUUID() + "\"" + (visitor == null ? "" : ", \"visitor\": \"" + visitor + "\"")
                + (customer == null ? "" : ", \"customer\": \"" + customer + "\"") + ", \"totalExclVat\": " + total
                + ", \"totalInclVat\": " + total + ", \"currency\": \"EUR\", \"placedAt\": \"" + placedAt + "\", \"status\": \"" + status + "\"}";
    }

    private static void put(String order) {
        String id = json(order).getString("id");
        HttpResponse<String> response = api("PUT", "/api/v1/orders/" + id, order);
        assertThat(response.statusCode()).as("PUT order: %s", response.body()).isEqualTo(201);
    }

    private static String sign(String secret, String customer, long ts) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(("demo:" + customer + ":" + ts).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> api(String method, String path, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + key)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return HTTP.send((json == null ? request : request.header("Content-Type", "application/json")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
