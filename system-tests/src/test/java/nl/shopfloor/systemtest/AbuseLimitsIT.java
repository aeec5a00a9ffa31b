package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Limits against abuse of the public socket, with the defaults a shop runs with (O8, docs/widget-protocol.md):
 * 5 messages or call-back requests per visitor, per e-mail address or phone number, 100 per client address,
 * within an hour; 300 new shopper sockets per client address within a minute. Each test comes from a client
 * address of its own (X-Forwarded-For, trusted from the test's 127.0.0.1), so the limits of one never touch another.
 */
class AbuseLimitsIT {

    static final int PER_VISITOR = 5;
    static final int PER_ADDRESS = 5;
    static final int PER_IP = 100;
    static final int SOCKETS_PER_IP = 300;
    static final int STARTS_PER_IP = 30;
    private static final Duration WAIT = Duration.ofSeconds(15);

    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void aVisitorMayLeaveFiveMessagesAnHourAndTheSixthIsRefusedWithNothingStored() throws Exception {
        String marker = OfflineMailIT.marker();
        try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.21")) {
            for (int i = 0; i < PER_VISITOR; i++) {
                JsonObject form = contact(OfflineMailIT.address("v" + i, marker), marker);
                shopper.socket.send(form);
                assertThat(shopper.socket.awaitType("contactAck", WAIT).getString("clientId")).isEqualTo(form.getString("clientId"));
            }
            JsonObject sixth = contact(OfflineMailIT.address("v-sixth", marker), marker);
            assertRateLimited(shopper, sixth);
            JsonObject callback = callback("+31 20 555 0101", null, marker);
            assertRateLimited(shopper, callback);
            assertThat(stored(sixth.getString("clientId"))).as("O8 nothing stored").isFalse();
            assertThat(stored(callback.getString("clientId"))).as("O8 nothing stored").isFalse();
            assertThat(mailsTo(OfflineMailIT.address("v-sixth", marker))).as("O8 nothing mailed").isZero();
        }
    }

    @Test
    void oneEmailAddressOrPhoneNumberGetsFiveMessagesAnHourFromWhicheverVisitor() throws Exception {
        String marker = OfflineMailIT.marker();
        String victim = OfflineMailIT.address("victim", marker);
        for (int i = 0; i < PER_ADDRESS; i++) {
            try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.22")) {
                shopper.socket.send(contact(victim, marker));
                shopper.socket.awaitType("contactAck", WAIT);
            }
        }
        try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.22")) {
            assertRateLimited(shopper, contact(victim.toUpperCase(java.util.Locale.ROOT), marker));
            // Another address from the same visitor and client address is fine.
            shopper.socket.send(contact(OfflineMailIT.address("someone-else", marker), marker));
            shopper.socket.awaitType("contactAck", WAIT);
        }
        assertThat(mailsTo(victim)).as("O8 five confirmations, no more").isEqualTo(PER_ADDRESS);

        for (int i = 0; i < PER_ADDRESS; i++) {
            try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.22")) {
                shopper.socket.send(callback("+31 20 555 0202", null, marker));
                shopper.socket.awaitType("callbackAck", WAIT);
            }
        }
        try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.22")) {
            assertRateLimited(shopper, callback("+31 (20) 555-0202", null, marker));
        }
    }

    @Test
    void oneClientAddressGetsAHundredAnHourWhateverVisitorsAndAddressesItUses() throws Exception {
        String marker = OfflineMailIT.marker();
        String from = "203.0.113.23";
        int sent = 0;
        while (sent < PER_IP) {
            try (Shopper shopper = Shopper.arriveFrom(server, from)) {
                for (int i = 0; i < PER_VISITOR && sent < PER_IP; i++, sent++) {
                    shopper.socket.send(callback(String.format("+31 20 %07d", sent), null, marker));
                    shopper.socket.awaitType("callbackAck", WAIT);
                }
            }
        }
        try (Shopper shopper = Shopper.arriveFrom(server, from)) {
            JsonObject refused = callback("+31 20 999 9999", OfflineMailIT.address("late", marker), marker);
            assertRateLimited(shopper, refused);
            assertThat(stored(refused.getString("clientId"))).isFalse();
        }
        try (Shopper elsewhere = Shopper.arriveFrom(server, "203.0.113.24")) {
            elsewhere.socket.send(callback("+31 20 999 9999", null, marker));
            assertThat(elsewhere.socket.awaitType("callbackAck", WAIT)).as("O8 another client address is not limited").isNotNull();
        }
    }

    /**
     * The limit is a sliding window estimated from fixed minutes ({@code SlidingWindow}): when the sockets straddle the
     * turn of a minute, the minute that just ended counts only by its overlap, so the refusal may come later than the
     * 301st socket — but never before it (this address opened nothing earlier) and at the latest once the new minute
     * alone holds the limit.
     */
    @Test
    void newShopperSocketsPerClientAddressAreRefusedWith429BeforeTheUpgrade() {
        String from = "203.0.113.25";
        int admitted = 0;
        JsonSocket.HandshakeFailed refused = null;
        while (refused == null && admitted <= 2 * SOCKETS_PER_IP) {
            try {
                Shopper.connectFrom(server, from).close();
                admitted++;
            } catch (JsonSocket.HandshakeFailed e) {
                refused = e;
            }
        }
        assertThat(refused).as("C12 sockets beyond the limit are refused").isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(admitted).as("C12 the limit, or up to a minute's more when the sockets straddle the turn of a minute")
                .isBetween(SOCKETS_PER_IP, 2 * SOCKETS_PER_IP);
        try (Shopper elsewhere = Shopper.arriveFrom(server, "203.0.113.26")) {
            assertThat(elsewhere.welcome).as("C12 another client address still connects").isNotNull();
        }
    }

    /**
     * C13: 30 chat starts a minute per client address, over all its sockets. The shop is at a cap of 0 meanwhile, so
     * the starts within the limit are refused as no_agent and open no chat for the agents of other tests.
     */
    @Test
    void oneClientAddressStartsThirtyChatsAMinuteOverAllItsSockets() throws Exception {
        Supervisor supervisor = Supervisor.anouk(server);
        assertThat(supervisor.setCap("0")).isEqualTo(200);
        try {
            int started = 0;
            while (started < STARTS_PER_IP) {
                try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.30")) {
                    for (int i = 0; i < 10 && started < STARTS_PER_IP; i++, started++) {
                        JsonObject start = start();
                        shopper.socket.send(start);
                        JsonObject refused = shopper.socket.awaitType("error", WAIT);
                        assertThat(refused.getString("code")).as("C13 within the limit: nobody can chat").isEqualTo("no_agent");
                    }
                }
            }
            try (Shopper shopper = Shopper.arriveFrom(server, "203.0.113.30")) {
                assertRateLimited(shopper, start());
            }
            try (Shopper other = Shopper.arriveFrom(server, "203.0.113.31")) {
                other.socket.send(start());
                assertThat(other.socket.awaitType("error", WAIT).getString("code")).as("C13 another address").isEqualTo("no_agent");
            }
        } finally {
            supervisor.setCap("null");
        }
    }

    private static JsonObject start() {
        return Json.createObjectBuilder().add("type", "start").add("clientId", Shopper.clientId()).add("name", "Limit test")
                .add("topic", "order").add("text", "Hello?").build();
    }

    private static void assertRateLimited(Shopper shopper, JsonObject frame) {
        shopper.socket.send(frame);
        JsonObject error = shopper.socket.awaitType("error", WAIT);
        assertThat(error.getString("code")).as("O8 %s", frame).isEqualTo("rate_limited");
        assertThat(error.getString("clientId")).isEqualTo(frame.getString("clientId"));
        assertThat(error.getInt("retryAfter")).isPositive();
        BadInputIT.assertNamesNoClass(error.getString("message"));
    }

    private static JsonObject contact(String email, String marker) {
        return Json.createObjectBuilder().add("type", "contact").add("clientId", Shopper.clientId()).add("name", "Limit test")
                .add("email", email).add("topic", "order").add("text", "Limits " + marker).build();
    }

    private static JsonObject callback(String phone, String email, String marker) {
        var frame = Json.createObjectBuilder().add("type", "callback").add("clientId", Shopper.clientId()).add("name", "Limit test")
                .add("phone", phone).add("window", "asap").add("text", "Limits " + marker);
        if (email != null) {
            frame.add("email", email);
        }
        return frame.build();
    }

    private static boolean stored(String clientId) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT 1 FROM contact_message WHERE client_id = ?")) {
            query.setString(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Mails queued to {@code recipient} (in the outbox: queued is what counts, sent or not). */
    private static int mailsTo(String recipient) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?")) {
            query.setString(1, recipient);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
