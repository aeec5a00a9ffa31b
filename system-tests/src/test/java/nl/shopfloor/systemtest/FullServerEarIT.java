package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR (ear/target/shopfloor.ear: EJB module + skinny WAR) on a full Jakarta EE 10 server, Payara Server 6,
 * against MariaDB ({@code shopfloor_ear}) with demo data — the way README's "Deploying on an application server"
 * tells an operator to do it. Payara Micro cannot deploy an EAR, so only this test proves the EAR works.
 * The server gets a fresh domain of its own and is stopped after this class (see {@link PayaraServer}).
 */
class FullServerEarIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static PayaraServer payara;
    private static ServerAddress server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deployTheEar() {
        payara = PayaraServer.start();
        server = payara.address();
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        if (payara != null) {
            if (payara.process() != null && PayaraServer.Proc.available(payara.process())) {
                System.out.printf("[FullServerEarIT] Payara Server RSS with the EAR deployed: %d MB%n",
                        PayaraServer.Proc.rssMegabytes(payara.process()));
            }
            payara.stop();
        }
    }

    @Test
    void applicationReportsReadyOnItsOwnHealthEndpoint() throws Exception {
        HttpResponse<String> ready = get("/api/health/ready");

        assertThat(ready.statusCode()).as("GET /api/health/ready: %s", ready.body()).isEqualTo(200);
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertThat(health.getString("database")).isEqualTo("UP");
        assertThat(health.getString("websockets")).isEqualTo("UP");
    }

    @Test
    void demoShopAndWidgetAreServed() throws Exception {
        HttpResponse<String> demo = get("/demo/index.html");
        assertThat(demo.statusCode()).as("GET /demo/index.html").isEqualTo(200);
        assertThat(demo.body()).as("the demo shop embeds the widget").contains("/widget/loader.js");

        HttpResponse<String> loader = get("/widget/loader.js");
        assertThat(loader.statusCode()).as("GET /widget/loader.js (from widget-module's jar in WEB-INF/lib)").isEqualTo(200);
        assertThat(loader.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(loader.body()).isNotBlank();
    }

    /**
     * The chat path through both modules of the EAR: the WAR's endpoints call the EJB module, whose CDI events
     * (MessageStored, ConversationStarted, ...) must reach the WAR's observers (ChatPushes) to be pushed.
     */
    @Test
    void shopperAndAgentChatOverTheTwoSocketsAndTheMessagesAreStoredInTheEarsDatabase() throws Exception {
        try (OnlineAgent agent = OnlineAgent.login(server, "jeroen"); Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("online")).as("an agent is online").isTrue();

            JsonObject conversation = shopper.start("Jan Jansen", "Is the XPS 13 in stock?");
            String id = conversation.getString("id");
            assertThat(conversation.getJsonObject("agent").getString("name")).isEqualTo("Jeroen Bakker");

            JsonObject chat = agent.awaitAssigned();
            assertThat(chat.getString("id")).as("pushed to the agent's dashboard socket").isEqualTo(id);
            assertThat(chat.getString("lastText")).isEqualTo("Is the XPS 13 in stock?");

            agent.say(id, "ear-agent-msg-01", "Yes, 12 in stock.");
            JsonObject answer = shopper.socket.awaitType("message", WAIT);
            assertThat(answer.getString("from")).isEqualTo("agent");
            assertThat(answer.getString("text")).isEqualTo("Yes, 12 in stock.");

            assertThat(shopper.say("ear-shopper-msg-02", "Great, thanks!").getInt("seq")).isEqualTo(3);
            JsonObject received;
            do {
                received = agent.socket.awaitType("message", WAIT); // the agent's own message comes back too
            } while (!"Great, thanks!".equals(received.getString("text")));
            assertThat(received.getString("from")).isEqualTo("shopper");

            assertThat(storedTexts(id)).as("stored through the EAR's data source, in " + payara.database.url)
                    .containsExactly("Is the XPS 13 in stock?", "Yes, 12 in stock.", "Great, thanks!");

            agent.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            assertThat(shopper.socket.awaitType("closed", WAIT).getString("by")).isEqualTo("agent");
        }
    }

    /**
     * What the operating system sees (Linux): the environment reached the server JVM, and the server listens on
     * loopback only and is connected to nothing else (the network rule; Hazelcast and phone home are off).
     */
    @Test
    void serverJvmHasTheApplicationEnvironmentAndStaysOnLoopback() throws Exception {
        assumeTrue(PayaraServer.Proc.available(payara.process()), "needs Linux /proc");

        Map<String, String> env = PayaraServer.Proc.environment(payara.process());
        assertThat(env).as("environment of the server JVM (pid %d), inherited from asadmin start-domain", payara.process().pid())
                .containsEntry("DB_URL", payara.database.url)
                .containsEntry("DB_CLASS", "org.mariadb.jdbc.MariaDbDataSource")
                .containsEntry("SHOPFLOOR_DEMO_DATA", "true");

        List<PayaraServer.Proc.TcpSocket> sockets = PayaraServer.Proc.tcpSockets(payara.process());
        assertThat(sockets).as("TCP sockets of the server JVM").anyMatch(PayaraServer.Proc.TcpSocket::listening)
                .allSatisfy(socket -> assertThat(socket.staysOnLoopback()).as("%s", socket).isTrue());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> storedTexts(String conversation) throws Exception {
        try (Connection db = payara.database.connect();
             PreparedStatement query = db.prepareStatement("SELECT text FROM chat_message WHERE conversation_id = ? ORDER BY seq")) {
            query.setString(1, conversation);
            try (ResultSet rows = query.executeQuery()) {
                List<String> texts = new ArrayList<>();
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
                return texts;
            }
        }
    }
}
