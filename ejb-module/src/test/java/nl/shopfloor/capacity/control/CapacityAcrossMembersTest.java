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
import nl.shopfloor.grid.DataGrid;
import nl.shopfloor.grid.GridMembers;
import nl.shopfloor.grid.MemberLeft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** K2 across instances: three real grid members, each with its own Capacity, share one cap. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CapacityAcrossMembersTest {

    private static GridMembers members;

    @BeforeAll
    static void startMembers() throws Exception {
        members = GridMembers.start(3);
    }

    @AfterAll
    static void stopMembers() {
        members.close();
    }

    private static Capacity capacityOn(int member, String shopId, Integer cap) {
        DataGrid grid = members.dataGrid(member);
        Capacity capacity = new Capacity();
        capacity.grid = grid;
        capacity.loads = grid.map(Capacity.LOADS);
        capacity.member = grid.memberId();
        capacity.availability = OpenShop.availabilities(capacity);
        capacity.changeCap(shopId, cap);
        return capacity;
    }

    private static List<Agent> agents(String shopId, int count, int maxChats) {
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Agent agent = new Agent(shopId + "-agent" + i, shopId, "hash", Role.AGENT, "Agent " + i, null, null, null);
            agent.changeMaxChats(maxChats);
            agents.add(agent);
        }
        return agents;
    }

    @Test
    @Order(1)
    void fiveHundredSimultaneousStartsSpreadOverThreeInstancesAdmitExactlyTheCap() throws Exception {
        List<Capacity> instances = List.of(capacityOn(0, "burst", 20), capacityOn(1, "burst", 20), capacityOn(2, "burst", 20));
        List<Agent> team = agents("burst", 10, 5);
        ExecutorService pool = Executors.newFixedThreadPool(48);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Agent>>> starts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Capacity instance = instances.get(i % 3);
            starts.add(pool.submit(() -> {
                go.await();
                return instance.admit("burst", team);
            }));
        }
        go.countDown();
        int admitted = 0;
        for (Future<Optional<Agent>> start : starts) {
            admitted += start.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(admitted).isEqualTo(20);
        for (Capacity instance : instances) {
            assertThat(instance.openChats("burst")).isEqualTo(20);
            team.forEach(agent -> assertThat(instance.openChats("burst", agent.username())).isLessThanOrEqualTo(agent.maxChats()));
        }
    }

    @Test
    @Order(2) // kills a member
    void theLeadGivesBackOnlyTheUnsettledSlotsOfAnInstanceThatDied() {
        Capacity lead = capacityOn(0, "crash", null);
        Capacity doomed = capacityOn(2, "crash", null);
        List<Agent> team = agents("crash", 1, 10);
        String doomedMember = doomed.member;

        doomed.admit("crash", team);
        doomed.settle("crash", team.get(0).username()); // committed before the crash: the chat goes on
        doomed.admit("crash", team);
        doomed.admit("crash", team); // two starts still on their way to the database
        lead.admit("crash", team); // the lead's own unsettled start is none of this
        assertThat(lead.openChats("crash")).isEqualTo(4);

        members.crash(2);
        lead.memberLeft(new MemberLeft(doomedMember));

        assertThat(lead.openChats("crash")).isEqualTo(2);
        assertThat(capacityOn(1, "crash", null).openChats("crash")).isEqualTo(2);
    }
}
