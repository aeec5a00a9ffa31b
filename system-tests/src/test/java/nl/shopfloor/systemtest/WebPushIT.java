package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web Push to an agent's browser (notifications N1-N8) through a real RFC 8030 push service run by the test on
 * 127.0.0.1 ({@link PushService}); the browser's keys, the decryption and the VAPID check are the test's own, from the
 * RFCs ({@link PushBrowser}). Seed assumptions: demo shop "demo"; the agent is this test's own, online on a socket.
 */
class WebPushIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static ShopfloorServer server;
    static PushService push;
    static String agent;
    static String displayName;
    static OnlineAgent online;
    static Supervisor me;
    static String serverKey;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        push = new PushService();
        displayName = "Push Tester " + UUID.randomUUID().toString().substring(0, 6);
        agent = TestAccounts.create(server, "push", displayName);
        online = OnlineAgent.login(server, agent);
        me = new Supervisor(server, agent);
        serverKey = me.getJson("/api/notifications/key").getString("publicKey");
    }

    @AfterAll
    static void shutDown() {
        if (online != null) {
            online.close();
        }
        if (push != null) {
            push.close();
        }
        TestAccounts.delete(server, agent);
    }

    @Test
    void aNewChatAndAShoppersMessageReachTheBrowserEncryptedAndSigned() throws Exception {
        PushBrowser browser = new PushBrowser();
        String name = "a" + UUID.randomUUID();
        HttpResponse<String> subscribed = me.call("POST", "/api/notifications/subscriptions", browser.subscription(push.endpoint(name)));
        assertThat(subscribed.statusCode()).as("N3 %s", subscribed.body()).isEqualTo(201);
        assertThat(me.getJson("/api/notifications/key").getString("publicKey")).as("N4 one key pair, kept").isEqualTo(serverKey);

        try (Shopper shopper = Shopper.arrive(server)) {
            String chat = start(shopper);
            PushService.Received received = awaitPush(browser, name, "new_chat", chat);
            assertThat(received.header("Content-Encoding")).as("RFC 8291").isEqualTo("aes128gcm");
            assertThat(Integer.parseInt(received.header("TTL"))).as("RFC 8030 TTL").isPositive();
            assertThat(received.header("Urgency")).isEqualTo("high");
            JsonObject claims = PushBrowser.vapidClaims(received.header("Authorization"), serverKey);
            assertThat(claims.getString("aud")).as("RFC 8292 audience: the push service's origin").isEqualTo(push.origin());
            assertThat(Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()))
                    .as("RFC 8292 exp in the future, at most 24 h ahead").isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24)));
            assertThat(claims.getString("sub")).matches("(mailto:|https:).+");
            JsonObject payload = browser.decrypt(received.body());
            assertThat(payload.getString("title")).as("N5 in the agent's language").isEqualTo("New chat");
            assertThat(payload.getString("tag")).as("N8").isEqualTo("new_chat:" + chat);
            assertThat(payload.toString()).as("N5 no shopper-typed text").doesNotContain("Hello push", "Push Shopper");

            shopper.say(Shopper.clientId(), "Are you there? secret words");
            JsonObject message = browser.decrypt(awaitPush(browser, name, "message", chat).body());
            assertThat(message.toString()).as("N5").doesNotContain("secret words");
            shopper.end();
        }

        String endpoint = URLEncoder.encode(push.endpoint(name), StandardCharsets.UTF_8);
        assertThat(me.call("DELETE", "/api/notifications/subscriptions?endpoint=" + endpoint, null).statusCode()).isEqualTo(204);
        assertThat(me.call("DELETE", "/api/notifications/subscriptions?endpoint=" + endpoint, null).statusCode()).as("gone").isEqualTo(404);
    }

    @Test
    void aKindTurnedOffIsNotPushed() throws Exception {
        PushBrowser browser = new PushBrowser();
        String name = "off" + UUID.randomUUID();
        assertThat(me.call("PUT", "/api/notifications/choices", "{\"kinds\": [\"message\"], \"sound\": false}").statusCode()).isEqualTo(200);
        try {
            JsonObject choices = me.getJson("/api/notifications/choices");
            assertThat(choices.getJsonArray("kinds").getString(0)).as("N2 kept").isEqualTo("message");
            assertThat(choices.getJsonArray("kinds")).hasSize(1);
            assertThat(choices.getBoolean("sound")).isFalse();
            assertThat(me.call("POST", "/api/notifications/subscriptions", browser.subscription(push.endpoint(name))).statusCode()).isEqualTo(201);
            try (Shopper shopper = Shopper.arrive(server)) {
                String chat = start(shopper);
                shopper.say(Shopper.clientId(), "Anyone?");
                // The new chat's push was queued before the message's, and both go to the same browser: the message's
                // arriving means the new chat's was taken from the queue and decided on first.
                awaitPush(browser, name, "message", chat);
                for (PushService.Received earlier : push.all()) {
                    if (earlier.path().equals("/push/" + name)) {
                        assertThat(browser.decrypt(earlier.body()).getString("kind")).as("N2 new_chat off").isNotEqualTo("new_chat");
                    }
                }
                shopper.end();
            }
        } finally {
            me.call("PUT", "/api/notifications/choices", "{\"kinds\": [\"new_chat\", \"message\", \"waiting\", \"take_over\"], \"sound\": true}");
            me.call("DELETE", "/api/notifications/subscriptions?endpoint=" + URLEncoder.encode(push.endpoint(name), StandardCharsets.UTF_8), null);
        }
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsRemoved() throws Exception {
        PushBrowser browser = new PushBrowser();
        String name = "gone" + UUID.randomUUID();
        push.answer(name, 410);
        assertThat(me.call("POST", "/api/notifications/subscriptions", browser.subscription(push.endpoint(name))).statusCode()).isEqualTo(201);
        assertThat(subscriptionsWith(push.endpoint(name))).isEqualTo(1);
        try (Shopper shopper = Shopper.arrive(server)) {
            String chat = start(shopper);
            awaitPush(browser, name, "new_chat", chat);
            Conditions.await("N7 the subscription removed after 410", () -> subscriptionsWith(push.endpoint(name)) == 0, WAIT);
            shopper.end();
        }
    }

    @Test
    void aChatWaitingTooLongAlarmsItsAgentAndOffersItToColleagues() throws Exception {
        Supervisor anouk = Supervisor.anouk(server);
        String colleagueName = "Push Colleague " + UUID.randomUUID().toString().substring(0, 6);
        String colleague = TestAccounts.create(server, "pushc", colleagueName);
        PushBrowser mine = new PushBrowser();
        PushBrowser theirs = new PushBrowser();
        String myName = "wait" + UUID.randomUUID();
        String theirName = "take" + UUID.randomUUID();
        try (OnlineAgent other = OnlineAgent.login(server, colleague)) {
            Supervisor colleagueSession = new Supervisor(server, colleague);
            assertThat(me.call("POST", "/api/notifications/subscriptions", mine.subscription(push.endpoint(myName))).statusCode()).isEqualTo(201);
            assertThat(colleagueSession.call("POST", "/api/notifications/subscriptions", theirs.subscription(push.endpoint(theirName))).statusCode())
                    .isEqualTo(201);
            // The apology after 1 s puts the chat on every colleague's waiting list; re-routing stays far off.
            assertThat(anouk.responseTimes(1, 60, 120)).isEqualTo(200);
            try (Shopper shopper = Shopper.arrive(server)) {
                String chat = start(shopper);
                assertThat(mine.decrypt(awaitPush(mine, myName, "waiting", chat).body()).getString("title"))
                        .as("N1 the waiting-chat alarm to its agent").isEqualTo("Chat waiting too long");
                assertThat(theirs.decrypt(awaitPush(theirs, theirName, "take_over", chat).body()).getString("tag"))
                        .as("N1 the take-over offer to a colleague").isEqualTo("take_over:" + chat);
                shopper.end();
            }
        } finally {
            anouk.responseTimes(20, 45, 180);
            me.call("DELETE", "/api/notifications/subscriptions?endpoint=" + URLEncoder.encode(push.endpoint(myName), StandardCharsets.UTF_8), null);
            TestAccounts.delete(server, colleague);
        }
    }

    @Test
    void aSixthBrowserDropsTheOldestSubscription() throws Exception {
        String prefix = "many" + UUID.randomUUID() + "-";
        for (int i = 0; i < 6; i++) {
            assertThat(me.call("POST", "/api/notifications/subscriptions", new PushBrowser().subscription(push.endpoint(prefix + i))).statusCode())
                    .isEqualTo(201);
        }
        try {
            assertThat(subscriptionsWith(push.endpoint(prefix + 0))).as("N3 the oldest dropped").isZero();
            for (int i = 1; i < 6; i++) {
                assertThat(subscriptionsWith(push.endpoint(prefix + i))).as("N3 the newest five kept").isEqualTo(1);
            }
            assertThat(me.call("POST", "/api/notifications/subscriptions", new PushBrowser().subscription(push.endpoint(prefix + 5))).statusCode())
                    .as("the same endpoint again").isEqualTo(201);
            assertThat(subscriptionsWith(push.endpoint(prefix + 5))).as("N3 replaced, not doubled").isEqualTo(1);
        } finally {
            for (int i = 1; i < 6; i++) {
                me.call("DELETE", "/api/notifications/subscriptions?endpoint=" + URLEncoder.encode(push.endpoint(prefix + i), StandardCharsets.UTF_8), null);
            }
        }
    }

    @Test
    void badSubscriptionsAndChoicesAreRefusedWithAReason() throws Exception {
        PushBrowser browser = new PushBrowser();
        String good = browser.subscription(push.endpoint("bad"));
        JsonObject subscription = Json.createReader(new StringReader(good)).readObject();
        String key = subscription.getJsonObject("keys").getString("p256dh");
        String auth = subscription.getJsonObject("keys").getString("auth");
        for (String body : new String[] {"{}", "[]", "{\"endpoint\": \"https://push.example.com/1\"}",
                "{\"endpoint\": \"http://push.example.com/1\", \"keys\": {\"p256dh\": \"" + key + "\", \"auth\": \"" + auth + "\"}}",
                "{\"endpoint\": \"https://push.example.com/1\", \"keys\": {\"p256dh\": \"AAAA\", \"auth\": \"" + auth + "\"}}",
                "{\"endpoint\": \"https://push.example.com/1\", \"keys\": {\"p256dh\": \"" + key + "\", \"auth\": \"AAAA\"}}",
                "{\"endpoint\": \"https://push.example.com/" + "x".repeat(1001) + "\", \"keys\": {\"p256dh\": \"" + key + "\", \"auth\": \"" + auth + "\"}}",
                "{\"endpoint\": 5, \"keys\": {}}"}) {
            HttpResponse<String> refused = me.call("POST", "/api/notifications/subscriptions", body);
            assertThat(refused.statusCode()).as("N3 %s", body).isEqualTo(400);
            assertThat(refused.body()).as("a reason, no stack").contains("\"error\"").doesNotContain("Exception", "nl.shopfloor.");
        }
        for (String body : new String[] {"{\"kinds\": [\"everything\"], \"sound\": true}", "{\"kinds\": [], \"sound\": \"yes\"}",
                "{\"sound\": true}"}) {
            assertThat(me.call("PUT", "/api/notifications/choices", body).statusCode()).as("N2 %s", body).isEqualTo(400);
        }
        assertThat(me.call("DELETE", "/api/notifications/subscriptions", null).statusCode()).isEqualTo(400);
        HttpResponse<String> foreign = me.send(HttpRequest.newBuilder(ServerAddress.of(server).uri("/api/notifications/subscriptions"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(good)));
        assertThat(foreign.statusCode()).as("S-CSRF").isEqualTo(403);
        assertThat(subscriptionsWith(push.endpoint("bad"))).isZero();
        assertThat(java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(ServerAddress.of(server).uri("/api/notifications/key"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("agents only").isNotEqualTo(200);
    }

    private String start(Shopper shopper) {
        shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Push Shopper").add("topic", "order")
                .add("text", "Hello push").add("clientId", Shopper.clientId()).add("agent", shopper.publicIdOf(displayName)).build());
        return shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
    }

    /** The next push to that browser of that kind for that chat; others (an alarm for a slow chat) are passed over. */
    private static PushService.Received awaitPush(PushBrowser browser, String name, String kind, String chat) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            PushService.Received received = push.next(name, Duration.between(Instant.now(), deadline));
            JsonObject payload = browser.decrypt(received.body());
            if (payload.getString("kind").equals(kind) && payload.getString("chat").equals(chat)) {
                return received;
            }
        }
    }

    private static int subscriptionsWith(String endpoint) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM push_subscription WHERE endpoint = ?")) {
            query.setString(1, endpoint);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
