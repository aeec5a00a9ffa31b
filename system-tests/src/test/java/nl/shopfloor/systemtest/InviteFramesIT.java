package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invites over the shopper socket (invites I12, I13): an activity that matches a rule gets an invite frame with the
 * presenter, a bad activity is refused, a capped rule stays away, the widget's steps are kept, and a chat started from
 * the invite goes to the agent it showed, as a proactive chat linked to the invite.
 * Seed assumptions: demo shop "demo" with its team "aftercare"; the agents are made for this test (TestAccounts).
 */
class InviteFramesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    static ShopfloorServer server;
    static InviteRulesFixture rules;
    static String iris;
    static String bram;

    @BeforeAll
    static void rules() {
        server = ShopfloorServer.shared();
        iris = TestAccounts.create(server, "iris", "Iris Invite");
        bram = TestAccounts.create(server, "bram", "Bram Busy");
        rules = new InviteRulesFixture(server);
        rules.roomy(iris);
        rules.roomy(bram);
        rules.rule("agent", 1000, "{\"type\":\"timeOnPage\",\"seconds\":0}", "AGENT", iris, 2, 15, null, null,
                InviteRulesFixture.Variant.text("plain", "Iris here: questions about this laptop?", "Iris hier: vragen over deze laptop?"));
        rules.rule("team", 1000, "", "TEAM", "aftercare", 0, 20, null, null,
                InviteRulesFixture.Variant.buttons("two", "Need help with a return?", "Hulp nodig bij een retour?",
                        "Chat now", "Nu chatten", "OPEN_CHAT", null, "Not now", "Niet nu", "DISMISS", null));
        rules.rule("capped", 1000, "", "ROUTED", null, 0, 20, 1, null,
                InviteRulesFixture.Variant.text("once", "Once a session", "Eens per sessie"));
        rules.rule("capped", 1, "", "TEAM", "aftercare", 0, 20, null, null, // the witness: what the capped rule leaves
                InviteRulesFixture.Variant.text("witness", "The next rule", "De volgende regel"));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (String agent : List.of(iris, bram)) {
            try (OnlineAgent online = OnlineAgent.login(server, agent)) {
                rules.closeChatsOf(online);
            }
        }
        if (rules != null) {
            rules.close();
        }
        TestAccounts.delete(server, iris);
        TestAccounts.delete(server, bram);
    }

    @Test
    void aMatchingActivityGetsAnInviteFromTheNamedAgentAndTheChatGoesToThem() throws Exception {
        try (OnlineAgent bramOnline = OnlineAgent.login(server, bram); OnlineAgent irisOnline = OnlineAgent.login(server, iris);
             Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("invites")).as("I12 the shop has enabled rules").isTrue();
            JsonObject invite = inviteFor(shopper, "agent", session());
            assertThat(invite.getString("rule")).isEqualTo(rules.refOf("agent", 1000));
            assertThat(invite.getString("variant")).isEqualTo("plain");
            assertThat(invite.getString("kind")).isEqualTo("text");
            assertThat(invite.getString("text")).as("in the page's language").isEqualTo("Iris here: questions about this laptop?");
            assertThat(invite.getInt("delay")).isEqualTo(2);
            assertThat(invite.getInt("display")).isEqualTo(15);
            JsonObject presenter = invite.getJsonObject("presenter");
            assertThat(presenter.getString("kind")).isEqualTo("agent");
            assertThat(presenter.getString("name")).isEqualTo("Iris Invite");
            assertThat(presenter.getString("id")).as("the public id, never the login").isNotEqualTo(iris).isNotEmpty();
            String exposure = invite.getString("exposure");

            step(shopper, exposure, "shown");
            step(shopper, exposure, "clicked");
            Conditions.await("I13 the steps are kept", () -> single("SELECT CASE WHEN shown_at IS NOT NULL AND clicked_at IS NOT NULL"
                    + " AND dismissed_at IS NULL THEN 'yes' END FROM invite_exposure WHERE id = ?", exposure) != null, WAIT);

            String clientId = Shopper.clientId();
            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Ines").add("topic", "product")
                    .add("text", "Is the battery good?").add("clientId", clientId).add("origin", "proactive").add("invite", exposure).build());
            String conversation = shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
            // an earlier test class's chats may be handed to Iris too (chat C8, when their agent left): wait for this one's
            assertThat(assignedTo(irisOnline, conversation)).as("I13 the chat goes to the agent the invite showed").isTrue();
            // answered at once: an unanswered chat of the shop would hold invites back (ANSWER_TIME, I9) in the tests after this
            irisOnline.say(conversation, Shopper.clientId(), "It lasts ten hours.");
            assertThat(single("SELECT CONCAT(origin, ' ', invite_id, ' ', agent_username) FROM conversation WHERE id = ?", conversation))
                    .as("I13 proactive, linked to its invite").isEqualTo("PROACTIVE " + exposure + " " + iris);
            assertThat(single("SELECT conversation_id FROM invite_exposure WHERE id = ?", exposure)).isEqualTo(conversation);
            shopper.end();
        }
    }

    @Test
    void aTeamInviteShowsTheTeamWithItsButtons() {
        try (OnlineAgent bramOnline = OnlineAgent.login(server, bram); Shopper shopper = Shopper.arrive(server)) {
            JsonObject invite = inviteFor(shopper, "team", session());
            assertThat(invite.getString("kind")).isEqualTo("buttons");
            assertThat(invite.getJsonObject("presenter").getString("kind")).isEqualTo("team");
            assertThat(invite.getJsonObject("presenter").getString("name")).isEqualTo("Aftercare");
            assertThat(invite.getJsonObject("presenter").containsKey("id")).as("a team has no agent to address").isFalse();
            assertThat(invite.getJsonArray("buttons").stream().map(b -> b.asJsonObject().getString("label") + ":" + b.asJsonObject().getString("action")))
                    .containsExactly("Chat now:chat", "Not now:dismiss");
        }
    }

    @Test
    void anInvalidActivityIsRefusedAndTheSocketGoesOn() throws Exception {
        ServerLog log = ServerLog.mark(server);
        try (Shopper shopper = Shopper.arrive(server)) {
            shopper.socket.send(Json.createObjectBuilder(activity("team", session(), 5)).add("page", Json.createObjectBuilder()
                    .add("url", "https://x/").add("scroll", 500)).build());
            JsonObject error = shopper.socket.awaitType("error", WAIT);
            assertThat(error.getString("code")).isEqualTo("invalid");
            assertThat(error.getString("message")).as("I12 names the field").contains("'page.scroll'");
            shopper.socket.send(Json.createObjectBuilder(activity("team", session(), 5)).add("session", "?").build());
            assertThat(shopper.socket.awaitType("error", WAIT).getString("message")).contains("'session'");
            Conditions.await("the refusal is logged", () -> refusals(log) >= 1, WAIT);
            assertThat(refusals(log)).as("I12 one log line per socket, whatever it sends").isEqualTo(1);
            assertThat(log.stackTraceLinesSince()).isZero();
            shopper.socket.send(Json.createObjectBuilder().add("type", "inviteStep").add("exposure", "x").add("step", "opened").build());
            assertThat(shopper.socket.awaitType("error", WAIT).getString("message")).isEqualTo("'step' must be shown, clicked or dismissed");
            assertThat(shopper.team().getJsonArray("members")).as("still answered").isNotEmpty();
        }
    }

    @Test
    void aRuleCappedForTheSessionLeavesTheNextPageToTheNextRule() {
        String session = session();
        try (OnlineAgent bramOnline = OnlineAgent.login(server, bram)) {
            String visitor;
            try (Shopper first = Shopper.arrive(server)) {
                visitor = first.visitor();
                JsonObject invite = inviteFor(first, "capped", session);
                assertThat(invite.getString("variant")).isEqualTo("once");
                assertThat(invite.getJsonObject("presenter").getString("kind")).as("routing's pick now").isEqualTo("routed");
                assertThat(invite.getJsonObject("presenter").getString("name")).isEqualTo("Bram Busy");
                step(first, invite.getString("exposure"), "shown");
            }
            try (Shopper next = Shopper.arrive(server, visitor, 0)) {
                assertThat(next.visitor()).isEqualTo(visitor);
                assertThat(inviteFor(next, "capped", session).getString("variant")).as("I4 once per session: the next rule's invite")
                        .isEqualTo("witness");
            }
        }
    }

    /** Sends the activity of a page with this rule's marker, every 2.5 s, until an invite comes (the rule cache may be 10 s old). */
    private static JsonObject inviteFor(Shopper shopper, String rule, String session) {
        Instant deadline = Instant.now().plus(WAIT);
        int second = 5;
        while (true) {
            shopper.socket.send(activity(rule, session, second));
            second += 3;
            try {
                return shopper.socket.awaitType("invite", Duration.ofMillis(2500));
            } catch (AssertionError notYet) {
                assertThat(shopper.socket.pending()).as("no activity refused").noneMatch(frame -> "error".equals(frame.getString("type", null)));
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no invite of rule " + rule + " within " + WAIT, notYet);
                }
            }
        }
    }

    static JsonObject activity(String rule, String session, int seconds) {
        return Json.createObjectBuilder().add("type", "activity").add("session", session)
                .add("page", Json.createObjectBuilder().add("url", "https://shop.example/laptops?" + rules.page(rule)).add("type", "other")
                        .add("onPage", seconds).add("idle", 1).add("scroll", 30))
                .add("visit", Json.createObjectBuilder().add("onSite", seconds).add("views", 1).add("device", "desktop")
                        .add("cart", Json.createObjectBuilder().add("value", 0).add("items", 0)))
                .build();
    }

    private static void step(Shopper shopper, String exposure, String step) {
        shopper.socket.send(Json.createObjectBuilder().add("type", "inviteStep").add("exposure", exposure).add("step", step).build());
    }

    private static String session() {
        return "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static boolean assignedTo(OnlineAgent agent, String conversation) {
        while (!agent.awaitAssigned().getString("id").equals(conversation)) {
            // another chat: take the next assignment (awaitAssigned fails after its wait when none comes)
        }
        return true;
    }

    private static long refusals(ServerLog log) {
        return log.since().stream().filter(line -> line.contains("Activity refused")).count();
    }

    private static String single(String sql, String parameter) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
