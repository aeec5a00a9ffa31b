package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop exports, then erases, everything about one shopper (privacy P1–P3): named by e-mail address, found over
 * their devices, their chats, surveys and contact messages; the orders stay without the link, and both are audited.
 * Seed assumptions: demo shop "demo" (admin "admin"), agent "sanne".
 */
class PrivacyIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;
    static Supervisor admin;
    static ShopBackend shop;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        admin = new Supervisor(server, "admin");
        shop = ShopBackend.withWriteKey(server, admin, "privacy test");
    }

    @Test
    void everythingAboutAShopperIsExportedThenErasedAndTheOrdersStayWithoutThem() throws Exception {
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String email = "eva." + tail + "@example.com";
        String customer = "C-" + tail;
        String order = "O-" + tail;
        String secret = admin.getJson("/api/keys/identify-secret").getString("secret");
        String phone;
        String laptop;
        String conversation;
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper onPhone = Shopper.arrive(server);
             Shopper onLaptop = Shopper.arrive(server); Shopper other = Shopper.arrive(server)) {
            phone = onPhone.visitor();
            laptop = onLaptop.visitor();
            long ts = Instant.now().getEpochSecond();
            onLaptop.socket.send(Json.createObjectBuilder().add("type", "identify").add("customer", customer).add("ts", ts)
                    .add("sig", ShopBackend.sign(secret, customer, ts)).build());
            assertThat(onLaptop.socket.awaitType("identified", WAIT).getBoolean("ok")).isTrue();
            onPhone.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Eva").add("email", email.toUpperCase())
                    .add("topic", "order").add("text", "Where is my parcel?").add("clientId", "privacy-" + tail).build());
            conversation = onPhone.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
            sanne.awaitAssigned();
            sanne.say(conversation, "privacy-a-" + tail, "It left the warehouse today.");
            sanne.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", conversation).build());
            onPhone.socket.awaitType("closed", WAIT);
            onPhone.socket.send(Json.createObjectBuilder().add("type", "survey").add("conversation", conversation).add("rating", 4)
                    .add("clientId", "privacy-s-" + tail).build());
            onPhone.socket.awaitType("surveyAck", WAIT);
            other.start("Someone else", "Unrelated question");
            sanne.awaitAssigned();
            other.end(); // the tests after this one count on agents with room and no chats waiting
        }
        assertThat(shop.call("PUT", "/api/v1/customers/" + customer, "{\"email\": \"" + email + "\", \"name\": \"Eva\"}").statusCode()).isEqualTo(201);
        assertThat(shop.call("PUT", "/api/v1/orders/" + order, "{\"visitor\": \"" + laptop + "\", \"customer\": \"" + customer
                + "\", \"totalExclVat\": 100, \"totalInclVat\": 121, \"currency\": \"EUR\", \"placedAt\": \"" + Instant.now()
                + "\", \"status\": \"paid\"}").statusCode()).isEqualTo(201);

        String rule = "privacy-rule-" + tail;
        update("INSERT INTO invite_rule (id, shop_id, name, enabled, priority, conditions_json, delay_seconds, display_seconds, presenter,"
                + " split_mode, control_share, min_share, updated_at, ref) VALUES (?, 'demo', ?, FALSE, 0, '{\"all\": []}', 0, 30, 'TEAM',"
                + " 'FIXED', 0, 0, CURRENT_TIMESTAMP, ?)", rule, rule, rule);
        update("INSERT INTO invite_exposure (id, shop_id, rule_id, variant_ref, visitor_id, session_id, offered_at) VALUES (?, 'demo', ?,"
                + " 'a', ?, NULL, CURRENT_TIMESTAMP)", "exposure-" + tail, rule, phone);
        JsonObject export = ShopBackend.json(shop.call("POST", "/api/v1/privacy/export", "{\"email\": \"" + email + "\"}").body());
        assertThat(export.getJsonArray("invites").getJsonObject(0).getString("id")).as("P1 the invites they were offered (I8)")
                .isEqualTo("exposure-" + tail);
        assertThat(export.getJsonArray("visitors").stream().map(v -> v.asJsonObject().getString("id")))
                .as("P1 found by the e-mail address given in the chat, and the other device through the customer").contains(phone, laptop);
        JsonObject chat = export.getJsonArray("conversations").getJsonObject(0);
        assertThat(chat.getString("id")).isEqualTo(conversation);
        assertThat(chat.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("text")))
                .containsExactly("Where is my parcel?", "It left the warehouse today.");
        assertThat(export.getJsonArray("surveys").getJsonObject(0).getInt("rating")).isEqualTo(4);
        assertThat(export.getJsonArray("customers").getJsonObject(0).getString("id")).isEqualTo(customer);
        assertThat(export.getJsonArray("orders").getJsonObject(0).getString("id")).isEqualTo(order);
        assertThat(export.toString()).as("nobody else's chat").doesNotContain("Unrelated question");

        assertThat(shop.call("POST", "/api/v1/privacy/erase", "{}").statusCode()).as("the shopper must be named").isEqualTo(400);
        assertThat(shop.call("POST", "/api/v1/privacy/erase", "{\"email\": \"" + email + "\", \"customer\": \"x\"}").statusCode())
                .as("one way only").isEqualTo(400);
        JsonObject erased = ShopBackend.json(shop.call("POST", "/api/v1/privacy/erase", "{\"email\": \"" + email + "\"}").body());
        assertThat(erased.getString("erased")).startsWith("2 visitors, 1 conversations");

        assertThat(count("SELECT COUNT(*) FROM visitor WHERE id IN (?, ?)", phone, laptop)).as("P2 visitors gone").isZero();
        assertThat(count("SELECT COUNT(*) FROM conversation WHERE id = ?", conversation)).isZero();
        assertThat(count("SELECT COUNT(*) FROM invite_exposure WHERE visitor_id = ?", phone)).as("P2 their invites").isZero();
        assertThat(count("SELECT COUNT(*) FROM chat_message WHERE conversation_id = ?", conversation)).isZero();
        assertThat(count("SELECT COUNT(*) FROM survey WHERE conversation_id = ?", conversation)).isZero();
        assertThat(shop.call("GET", "/api/v1/customers/" + customer, null).statusCode()).isEqualTo(404);
        JsonObject kept = shop.get("/api/v1/orders/" + order);
        assertThat(kept).as("P2 the order stays, without the shopper").doesNotContainKeys("visitor", "customer");
        assertThat(kept.getJsonNumber("totalExclVat").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(count("SELECT COUNT(*) FROM privacy_audit WHERE action = 'ERASE' AND actor LIKE ?", "API key %")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM privacy_audit WHERE summary LIKE ? OR subject_hash LIKE ?", "%" + email + "%", "%@%"))
                .as("P3 the audit keeps no address").isZero();
        JsonObject again = ShopBackend.json(shop.call("POST", "/api/v1/privacy/export", "{\"email\": \"" + email + "\"}").body());
        assertThat(again.getJsonArray("visitors")).isEmpty();
        update("DELETE FROM invite_rule WHERE id = ?", rule);
    }

    private static void update(String sql, String... parameters) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(String sql, String... parameters) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
