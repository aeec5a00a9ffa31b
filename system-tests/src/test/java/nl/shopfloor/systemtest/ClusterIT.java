package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.shopfloor.systemtest.TestCluster.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster's infrastructure (scripts/cluster.sh's shape, see {@link TestCluster}): two instances in one data
 * grid behind HAProxy, shopper sockets through the balancer, an instance's hard death and its return.
 * The steps build on each other, hence the order. Seed assumptions: demo data (shop "demo" allowing its own origin).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
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

    @Test
    @Order(3)
    void balancerServesThroughTheSurvivorWhenAnInstanceDies() throws Exception {
        cluster.killHard(Instance.B);

        // Right away, before the checks mark B down: a request for B is redispatched to A.
        Conditions.await("the balancer answers ready with B dead",
                () -> status(cluster.balancerUri("/api/health/ready")) == 200, WAIT);
        for (int socket = 0; socket < 4; socket++) {
            assertWelcomedThroughTheBalancer();
        }
        cluster.awaitGridSize(Instance.A, 1);
        Conditions.await("the balancer sees B down", () -> cluster.balancerState(Instance.B).startsWith("DOWN"), WAIT);
        assertWelcomedThroughTheBalancer();
    }

    @Test
    @Order(4)
    void restartedInstanceRejoinsTheGrid() throws Exception {
        cluster.restart(Instance.B);

        assertThat(cluster.gridSize(Instance.A)).as("A reports a grid of two again").isEqualTo(2);
        assertThat(cluster.gridSize(Instance.B)).as("B reports a grid of two again").isEqualTo(2);
        assertThat(status(URI.create(cluster.baseUri(Instance.B) + "/api/health/ready"))).isEqualTo(200);
        assertWelcomedThroughTheBalancer();
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
