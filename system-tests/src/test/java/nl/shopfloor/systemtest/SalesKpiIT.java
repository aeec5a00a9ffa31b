package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
    static ShopfloorServer server;
    static Supervisor admin;
    static Supervisor anouk;
    static ShopBackend shop;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        admin = new Supervisor(server, "admin");
        anouk = Supervisor.anouk(server);
        shop = ShopBackend.withWriteKey(server, admin, "kpi test");
    }

    @Test
    void ordersAreCreditedToTheChatsBeforeThemAndBothViewsAgree() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        String tomorrow = "/api/v1/sessions/" + today.plusDays(1);
        long shopSessionsTomorrow = ShopBackend.json(shop.call("GET", "/api/v1/sessions?from=" + today.plusDays(1) + "&to=" + today.plusDays(1), null).body())
                .getJsonArray("days").stream().map(JsonObject.class::cast).filter(d -> d.getString("source").equals("shop"))
                .mapToLong(d -> d.getJsonNumber("sessions").longValue()).sum();
        JsonObject before = ShopBackend.json(shop.call("GET", "/api/v1/kpi" + period, null).body());

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
                    .add("sig", ShopBackend.sign(secret, customer, ts)).build());
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
            shop.put(ShopBackend.order(a, null, "100.00", "paid", beforeChats), 201);
            shop.put(ShopBackend.order(c, null, "250.00", "paid", Instant.now()), 201);
            shop.put(ShopBackend.order("other-device-" + UUID.randomUUID().toString().substring(0, 8), customer, "400.00", "placed", afterBClosed), 201);
            shop.put(ShopBackend.order(c, null, "999.00", "cancelled", Instant.now()), 201);
            shop.put(ShopBackend.order(null, null, "50.00", "paid", Instant.now()), 201);
            shopperA.end(); // B's is over; the tests after this one count on agents with room
            shopperC.end();
        }
        assertThat(shop.call("PUT", tomorrow, "{\"sessions\": 500}").statusCode()).isEqualTo(200);

        JsonObject after = ShopBackend.json(shop.call("GET", "/api/v1/kpi" + period, null).body());
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
        assertThat(shop.call("GET", "/api/v1/kpi?from=2026-13-01&to=2026-12-01", null).statusCode()).isEqualTo(400);
        assertThat(shop.call("GET", "/api/v1/kpi?from=2024-01-01&to=2026-01-01", null).statusCode()).as("at most 400 days").isEqualTo(400);

        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 31}").statusCode()).isEqualTo(400);
        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 1}").statusCode()).isEqualTo(200);
        assertThat(ShopBackend.json(shop.call("GET", "/api/v1/kpi" + period, null).body()).getInt("attributionDays")).isEqualTo(1);
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

}
