package nl.shopfloor.capacity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import org.junit.jupiter.api.Test;

class CapacityTest {

    private static Capacity capacity() {
        Capacity capacity = new Capacity();
        capacity.availability = OpenShop.availabilities(capacity);
        return capacity;
    }

    private static Availability availability(Capacity capacity, List<Agent> online) {
        return capacity.availability.compute("demo", online).state();
    }

    private static List<Agent> agents(int count, int maxChats) {
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Agent agent = new Agent("agent" + i, "demo", "hash", Role.AGENT, "Agent " + i, null, null, null);
            agent.changeMaxChats(maxChats);
            agents.add(agent);
        }
        return agents;
    }

    @Test
    void fiveHundredSimultaneousStartsAgainstACapOfTwentyAdmitExactlyTwenty() throws Exception {
        Capacity capacity = capacity();
        capacity.changeCap("demo", 20);
        List<Agent> team = agents(10, 5);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Agent>>> starts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            starts.add(pool.submit(() -> {
                go.await();
                return capacity.admit("demo", team);
            }));
        }
        go.countDown();
        int admitted = 0;
        for (Future<Optional<Agent>> start : starts) {
            admitted += start.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(admitted).isEqualTo(20);
        assertThat(capacity.openChats("demo")).isEqualTo(20);
        assertThat(availability(capacity, team)).isEqualTo(Availability.CAPACITY);
        team.forEach(agent -> assertThat(capacity.openChats("demo", agent.username())).isLessThanOrEqualTo(agent.maxChats()));
    }

    @Test
    void withoutACapTheAgentsOwnMaximumsAreTheLimit() {
        Capacity capacity = capacity();
        List<Agent> team = agents(2, 3);
        int admitted = 0;
        while (capacity.admit("demo", team).isPresent()) {
            admitted++;
        }
        assertThat(admitted).isEqualTo(6);
        assertThat(availability(capacity, team)).isEqualTo(Availability.CAPACITY);

        capacity.release("demo", "agent1");
        assertThat(availability(capacity, team)).isEqualTo(Availability.ONLINE);
        assertThat(capacity.admit("demo", team)).map(Agent::username).contains("agent1");
    }

    @Test
    void nobodyOnlineIsOfflineNotFull() {
        assertThat(availability(capacity(), List.of())).isEqualTo(Availability.OFFLINE);
    }

    @Test
    void aCapOfZeroClosesChatAndRaisingItReopens() {
        Capacity capacity = capacity();
        List<Agent> team = agents(1, 3);
        capacity.changeCap("demo", 0);
        assertThat(capacity.admit("demo", team)).isEmpty();
        assertThat(availability(capacity, team)).isEqualTo(Availability.CAPACITY);
        capacity.changeCap("demo", 1);
        assertThat(capacity.admit("demo", team)).isPresent();
        assertThat(capacity.availability.marked).containsExactly("demo");
    }

    @Test
    void moveNeedsRoomAtTheReceiver() {
        Capacity capacity = capacity();
        List<Agent> team = agents(2, 1);
        capacity.admit("demo", List.of(team.get(0)));
        capacity.admit("demo", List.of(team.get(1)));
        assertThat(capacity.move("demo", "agent0", team.get(1))).isFalse();
        capacity.release("demo", "agent1");
        assertThat(capacity.move("demo", "agent0", team.get(1))).isTrue();
        assertThat(capacity.openChats("demo", "agent0")).isZero();
        assertThat(capacity.openChats("demo", "agent1")).isEqualTo(1);
    }
}
