package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.shopfloor.systemtest.TestCluster.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Shopfloor on a cluster ({@link TestCluster}: two instances in one data grid behind HAProxy, scripts/cluster.sh's
 * shape). The infrastructure: one grid, sockets through the balancer. The application across the instances: a shopper
 * on one and their agent on the other chat as on one server, a transfer crosses, the wall on either shows the whole
 * shop, the cap holds for starts spread over both. An instance's death: kill -9 of the lead mid-chat, shopper and agent
 * come back through the balancer to the survivor and go on, the survivor's timers take over; the restarted instance
 * rejoins and takes traffic again. The steps share one cluster (one boot: CI time) and build on each other, hence the
 * order. Seed assumptions: demo data (agents sanne and mehmet, max 3 chats each; supervisor anouk).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The apology is due 20 s after the start; the survivor must first see the lead gone. */
    private static final Duration APOLOGY_WAIT = Duration.ofSeconds(90);
    private static final int SHOPPERS = 40;
    private static final int ROOM = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static TestCluster cluster;

    @BeforeAll
    static void boot() {
        cluster = TestCluster.start();
    }

    @AfterAll
    static void stop() {
        // Frees about 1 GB for the IT classes that run after this one.
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesAreReadyInOneGrid() throws Exception {
        for (Instance instance : Instance.values()) {
            assertThat(status(URI.create(cluster.baseUri(instance) + "/api/health/ready"))).as("%s ready", instance).isEqualTo(200);
            assertThat(cluster.gridSize(instance)).as("%s reports a grid of two", instance).isEqualTo(2);
            assertThat(cluster.balancerState(instance)).as("the balancer checks %s", instance).isEqualTo("UP");
        }
    }

    @Test
    @Order(2)
    void shopperSocketThroughTheBalancerIsWelcomed() {
        assertWelcomedThroughTheBalancer();
    }

    private static ServerAddress a() {
        return new ServerAddress(cluster.baseUri(Instance.A));
    }

    private static ServerAddress b() {
        return new ServerAddress(cluster.baseUri(Instance.B));
    }

    private static ServerAddress balancer() {
        return new ServerAddress(cluster.balancerUri());
    }

    @Test
    @Order(10)
    void aShopperOnOneInstanceAndAnAgentOnTheOtherChatBothWaysWithTypingIndicators() {
        chatAcross(a(), b(), "sanne");
        chatAcross(b(), a(), "mehmet");
    }

    private static void chatAcross(ServerAddress shopperSide, ServerAddress agentSide, String username) {
        try (OnlineAgent agent = OnlineAgent.login(agentSide, username); Shopper shopper = Shopper.arrive(shopperSide)) {
            assertThat(shopper.welcome.getBoolean("online")).as("presence on the other instance counts").isTrue();
            String id = shopper.start("Kees", "Is deze laptop op voorraad?").getString("id");
            assertThat(agent.awaitAssigned().getString("id")).as("routed to the agent on the other instance").isEqualTo(id);

            agent.socket.send(typing(id, true));
            assertThat(shopper.socket.awaitType("typing", WAIT).getBoolean("on")).isTrue();
            agent.say(id, Shopper.clientId(), "Ja, twee stuks in Utrecht.");
            assertThat(awaitMessage(shopper.socket, "Ja, twee stuks in Utrecht.").getString("from")).isEqualTo("agent");

            shopper.socket.send(Json.createObjectBuilder().add("type", "typing").add("on", true).build());
            assertThat(agent.socket.awaitType("typing", WAIT).getString("conversation")).isEqualTo(id);
            shopper.say(Shopper.clientId(), "Top, dan haal ik hem vandaag op.");
            assertThat(awaitMessage(agent.socket, "Top, dan haal ik hem vandaag op.").getString("from")).isEqualTo("shopper");
            shopper.end();
            assertThat(agent.socket.awaitType("closed", WAIT).getString("conversation")).isEqualTo(id);
        }
    }

    @Test
    @Order(11)
    void theCapHoldsForSimultaneousStartsSpreadOverBothInstances() throws Exception {
        Supervisor supervisor = new Supervisor(a(), "anouk");
        List<Shopper> shoppers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (OnlineAgent sanne = OnlineAgent.login(a(), "sanne"); OnlineAgent mehmet = OnlineAgent.login(b(), "mehmet")) {
            assertThat(supervisor.allowOnly(ROOM)).isEqualTo(200);
            Shopper watcherOnA = Shopper.arrive(a());
            Shopper watcherOnB = Shopper.arrive(b());
            for (int i = 0; i < SHOPPERS; i++) {
                shoppers.add(Shopper.arrive(i % 2 == 0 ? a() : b()));
            }
            List<String> outcomes = Shopper.startAtOnce(shoppers, pool, WAIT);
            shoppers.add(watcherOnA);
            shoppers.add(watcherOnB);
            for (Shopper watcher : List.of(watcherOnA, watcherOnB)) {
                JsonObject full;
                do {
                    full = watcher.socket.awaitType("availability", WAIT);
                } while (full.getBoolean("online"));
                assertThat(full.getString("reason")).as("K3 pushed to the widgets on both instances").isEqualTo("capacity");
            }

            assertThat(outcomes.stream().filter("started"::equals).count()).as("K1/K2 over two instances").isEqualTo(ROOM);
            assertThat(outcomes.stream().filter(o -> !o.equals("started"))).containsOnly("no_agent");
            assertThat(supervisor.capacity().getString("availability")).isEqualTo("capacity");
            assertThat(new Supervisor(b(), "anouk").capacity().getInt("openChats")).as("the same count on B")
                    .isEqualTo(supervisor.capacity().getInt("openChats"));
        } finally {
            pool.shutdownNow();
            shoppers.forEach(shopper -> shopper.socket.send(Json.createObjectBuilder().add("type", "end").build()));
            shoppers.forEach(Shopper::close);
            supervisor.setCap("null");
        }
    }

    @Test
    @Order(12)
    void aChatMovesToAColleagueOnTheOtherInstanceAndTheWallThereShowsIt() throws Exception {
        try (WallStream wallOnB = WallStream.open(b(), new AgentLogin(b()).login("anouk"));
             OnlineAgent sanne = OnlineAgent.login(a(), "sanne"); OnlineAgent mehmet = OnlineAgent.login(b(), "mehmet");
             Shopper shopper = Shopper.arrive(a())) {
            JsonObject conversation = shopper.start("Femke", "Welke docking station past bij deze laptop?");
            String id = conversation.getString("id");
            OnlineAgent first = conversation.getJsonObject("agent").getString("name").startsWith("Sanne") ? sanne : mehmet;
            OnlineAgent colleague = first == sanne ? mehmet : sanne;
            assertThat(first.awaitAssigned().getString("id")).isEqualTo(id);
            JsonObject busy = wallOnB.await(snapshot -> snapshot.getInt("openChats") > 0
                    && WallStream.statusOf(snapshot, "sanne").equals("online") && WallStream.statusOf(snapshot, "mehmet").equals("online"), WAIT);
            assertThat(busy.getJsonArray("agents")).as("the wall on B shows the chat started on A").anySatisfy(agent ->
                    assertThat(agent.asJsonObject().getInt("openChats")).isPositive());

            first.socket.send(Json.createObjectBuilder().add("type", "transfer").add("conversation", id)
                    .add("to", "agent:" + colleague.username).build());
            JsonObject moved = colleague.socket.awaitType("assigned", WAIT);
            assertThat(moved.getJsonObject("chat").getString("id")).as("the colleague on the other instance has it").isEqualTo(id);
            assertThat(first.socket.awaitType("unassigned", WAIT).getString("conversation")).isEqualTo(id);
            colleague.say(id, Shopper.clientId(), "Ik neem het over: de USB-C dock van Dell.");
            awaitMessage(shopper.socket, "Ik neem het over: de USB-C dock van Dell.");
            shopper.end();
        }
    }

    /**
     * kill -9 of the lead mid-chat: the shopper and the agent come back through the balancer to the survivor and go on
     * where they were — nothing lost, nothing twice; the agent's slot still counts once; the chat that waits for an
     * answer still gets its apology, now from the survivor's timers.
     */
    @Test
    @Order(20)
    void afterTheLeadDiesTheChatGoesOnThroughTheSurvivor() throws Exception {
        Supervisor supervisor = new Supervisor(a(), "anouk");
        assertThat(supervisor.responseTimes(20, 600, 1200)).isEqualTo(200);
        String agentCookie = new AgentLogin(a()).login("sanne");
        JsonSocket agentSocket = JsonSocket.connect(a().wsUri("/ws/agent"), a().origin(), agentCookie);
        Shopper shopper = Shopper.arrive(a());
        Shopper waiting = Shopper.arrive(a());
        try {
            agentSocket.awaitType("snapshot", WAIT);
            agentSocket.send(Json.createObjectBuilder().add("type", "presence").add("status", "online").build());
            awaitPresence(agentSocket, "online");
            String id = shopper.start("Noor", "Mijn bestelling 1234 is niet compleet.").getString("id");
            agentSocket.awaitType("assigned", WAIT);
            String answer = Shopper.clientId();
            say(agentSocket, id, answer, "Wat mist er precies?");
            JsonObject answered = awaitMessage(shopper.socket, "Wat mist er precies?");
            String waitingId = waiting.start("Sem", "Hallo?").getString("id");
            agentSocket.awaitType("assigned", WAIT);

            int openBefore = new Supervisor(b(), "anouk").capacity().getInt("openChats");

            cluster.killHard(Instance.A);

            // Right away, before the checks mark A down: a request for A is redispatched to B.
            Conditions.await("the balancer answers ready with A dead",
                    () -> status(cluster.balancerUri("/api/health/ready")) == 200, WAIT);

            agentSocket.awaitClose(WAIT);
            shopper.socket.awaitClose(WAIT);
            // Back through the balancer: the agent's session is in the grid, the shopper's visitor id in the widget.
            JsonSocket agentAgain = JsonSocket.connect(balancer().wsUri("/ws/agent"), balancer().origin(), agentCookie);
            Shopper shopperAgain = Shopper.arrive(balancer(), shopper.visitor(), answered.getInt("seq"), "Laptops");
            try {
                JsonObject snapshot = agentAgain.awaitType("snapshot", WAIT);
                assertThat(snapshot.toString()).as("the agent's chats are still theirs").contains(id);
                assertThat(shopperAgain.welcome.getJsonObject("conversation").getString("id")).isEqualTo(id);

                // A message the shopper sent as the instance died is sent again with its client id: stored once.
                String lost = Shopper.clientId();
                shopperAgain.say(lost, "Er mist een voeding.");
                shopperAgain.say(lost, "Er mist een voeding.");
                awaitMessage(agentAgain, "Er mist een voeding.");
                say(agentAgain, id, Shopper.clientId(), "Ik stuur hem vandaag na.");
                awaitMessage(shopperAgain.socket, "Ik stuur hem vandaag na.");
                assertThat(textsOf(id)).as("nothing lost, nothing twice").containsExactly(
                        "Mijn bestelling 1234 is niet compleet.", "Wat mist er precies?", "Er mist een voeding.", "Ik stuur hem vandaag na.");

                cluster.awaitGridSize(Instance.B, 1);
                Conditions.await("the balancer sees A down", () -> cluster.balancerState(Instance.A).startsWith("DOWN"), WAIT);
                Supervisor survivor = new Supervisor(balancer(), "anouk");
                assertThat(survivor.capacity().getInt("openChats")).as("the slots of the open chats, counted once").isEqualTo(openBefore);

                Shopper waitingAgain = Shopper.arrive(balancer(), waiting.visitor(), 0, "Laptops");
                JsonObject apology = waitingAgain.welcome.getJsonObject("conversation").getJsonArray("messages").stream()
                        .map(m -> m.asJsonObject()).filter(m -> "system".equals(m.getString("from"))).findFirst()
                        .orElseGet(() -> awaitFrom(waitingAgain.socket, "system", APOLOGY_WAIT));
                assertThat(apology.getString("text")).as("the survivor's timers follow the chat up").isNotBlank();
                assertThat(systemMessagesOf(waitingId)).as("one apology").isEqualTo(1);
                waitingAgain.close();
            } finally {
                agentAgain.close();
                shopperAgain.close();
            }
        } finally {
            agentSocket.close();
            shopper.close();
            waiting.close();
        }
    }

    @Test
    @Order(21)
    void theRestartedInstanceRejoinsAndTakesTrafficAgain() throws Exception {
        cluster.restart(Instance.A);

        assertThat(cluster.gridSize(Instance.A)).as("A reports a grid of two again").isEqualTo(2);
        assertThat(cluster.gridSize(Instance.B)).as("B reports a grid of two again").isEqualTo(2);
        assertThat(cluster.balancerState(Instance.A)).as("the balancer sends to A again").isEqualTo("UP");
        try (OnlineAgent mehmet = OnlineAgent.login(b(), "mehmet"); Shopper shopper = Shopper.arrive(a())) {
            assertThat(shopper.welcome.getBoolean("online")).as("the rejoined A sees B's agent").isTrue();
            String id = shopper.start("Lotte", "Zijn jullie weer bereikbaar?").getString("id");
            assertThat(mehmet.awaitAssigned().getString("id")).isEqualTo(id);
            shopper.end();
        }
        for (int socket = 0; socket < 4; socket++) {
            assertWelcomedThroughTheBalancer();
        }
    }

    private static JsonObject typing(String conversation, boolean on) {
        return Json.createObjectBuilder().add("type", "typing").add("conversation", conversation).add("on", on).build();
    }

    private static void say(JsonSocket agent, String conversation, String clientId, String text) {
        agent.send(Json.createObjectBuilder().add("type", "message").add("conversation", conversation)
                .add("clientId", clientId).add("text", text).build());
        Shopper.awaitAck(agent, clientId);
    }

    /** The message frame with this text; other message frames (an agent's own echo, earlier ones) are passed by. */
    private static JsonObject awaitMessage(JsonSocket socket, String text) {
        JsonObject message;
        do {
            message = socket.awaitType("message", WAIT);
        } while (!text.equals(message.getString("text", null)));
        return message;
    }

    private static JsonObject awaitFrom(JsonSocket socket, String from, Duration wait) {
        JsonObject message;
        do {
            message = socket.awaitType("message", wait);
        } while (!from.equals(message.getString("from", null)));
        return message;
    }

    private static void awaitPresence(JsonSocket agent, String status) {
        JsonObject presence;
        do {
            presence = agent.awaitType("presence", WAIT);
        } while (!status.equals(presence.getString("status")));
    }

    private static List<String> textsOf(String conversation) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection db = cluster.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT text FROM chat_message WHERE conversation_id = ? ORDER BY seq")) {
            query.setString(1, conversation);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }

    private static int systemMessagesOf(String conversation) throws SQLException {
        try (Connection db = cluster.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM chat_message WHERE conversation_id = ? AND sender = 'SYSTEM'")) {
            query.setString(1, conversation);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
    private static void assertWelcomedThroughTheBalancer() {
        try (JsonSocket shopper = JsonSocket.connect(cluster.balancerWsUri("/ws/shopper?shop=demo"), cluster.balancerOrigin(), null)) {
            shopper.send(Json.createObjectBuilder().add("type", "hello").add("lang", "en").build());
            JsonObject welcome = shopper.awaitType("welcome", WAIT);
            assertThat(welcome.getString("visitor", "")).as("visitor id in %s", welcome).isNotBlank();
        }
    }

    /** The HTTP status, 0 when the connection fails. */
    private static int status(URI uri) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }
}
