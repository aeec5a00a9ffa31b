package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The cap holds when many shoppers start at the same moment: 100 simultaneous starts against room for
 * exactly 10 chats give exactly 10 chats; everyone else is told to use the contact form.
 * Seed assumptions: demo agents sanne, mehmet, jeroen, lisa (max 3 chats each), supervisor anouk.
 */
class CapacityUnderLoadIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int SHOPPERS = 100;
    private static final int ROOM = 10;

    @Test
    void simultaneousStartsNeverExceedTheCap() throws Exception {
        ShopfloorServer server = ShopfloorServer.shared();
        Supervisor supervisor = Supervisor.anouk(server);
        List<OnlineAgent> agents = new ArrayList<>();
        List<Shopper> shoppers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            for (String name : List.of("sanne", "mehmet", "jeroen", "lisa")) {
                agents.add(OnlineAgent.login(server, name));
            }
            assertThat(supervisor.allowOnly(ROOM)).isEqualTo(200);
            for (int i = 0; i < SHOPPERS; i++) {
                shoppers.add(Shopper.arrive(server));
            }
            List<String> outcomes = Shopper.startAtOnce(shoppers, pool, WAIT);

            assertThat(outcomes.stream().filter("started"::equals).count()).as("K1/K2").isEqualTo(ROOM);
            assertThat(outcomes.stream().filter(o -> !o.equals("started"))).containsOnly("no_agent");
            assertThat(supervisor.capacity().getString("availability")).isEqualTo("capacity");
        } finally {
            pool.shutdownNow();
            shoppers.forEach(shopper -> shopper.socket.send(Json.createObjectBuilder().add("type", "end").build()));
            shoppers.forEach(Shopper::close);
            supervisor.setCap("null");
            agents.forEach(OnlineAgent::close);
        }
    }
}
