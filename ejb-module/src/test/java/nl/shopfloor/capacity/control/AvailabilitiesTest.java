package nl.shopfloor.capacity.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.agents.entity.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvailabilitiesTest {

    private final List<AvailabilityChanged> fired = new ArrayList<>();
    private final List<Agent> team = new ArrayList<>();
    private Capacity capacity;
    private Availabilities availabilities;

    @BeforeEach
    void openShopWithTwoAgents() {
        capacity = new Capacity();
        availabilities = OpenShop.availabilities(capacity);
        capacity.availability = availabilities;
        availabilities.agents = new Agents() {
            @Override
            public List<Agent> ofShop(String shopId) {
                return List.copyOf(team);
            }
        };
        availabilities.availabilityChanged = new Recorder();
        for (int i = 0; i < 2; i++) {
            Agent agent = new Agent("agent" + i, "demo", "hash", Role.AGENT, "Agent " + i, null, null, null);
            agent.changeMaxChats(2);
            team.add(agent);
        }
        capacity.changeCap("demo", 3);
    }

    @Test
    void aBurstOfSlotChangesIsOneComputationAndOneEventWithTheLatestState() {
        for (int i = 0; i < 3; i++) {
            capacity.admit("demo", team);
        }
        availabilities.tick();
        assertThat(fired).as("K3").hasSize(1);
        ShopAvailability now = fired.get(0).current();
        assertThat(now.state()).isEqualTo(Availability.CAPACITY);
        assertThat(now.openChats()).isEqualTo(3);
        assertThat(now.freeSlots()).isZero();
        assertThat(now.hasRoom("agent1")).as("room of its own, the cap aside").isTrue();
        assertThat(now.isAvailable("agent1")).as("but no chat can start at the cap").isFalse();
    }

    @Test
    void nothingIsFiredWhenNothingChangedOrNothingWasMarked() {
        availabilities.changed("demo");
        availabilities.tick();
        assertThat(fired).hasSize(1);
        availabilities.tick();
        availabilities.changed("demo");
        availabilities.tick();
        assertThat(fired).as("K3: marked, computed, unchanged").hasSize(1);
    }

    @Test
    void freeSlotsAreTheAgentsRoomWithinTheCap() {
        capacity.admit("demo", team);
        availabilities.tick();
        ShopAvailability now = fired.get(0).current();
        assertThat(now.state()).isEqualTo(Availability.ONLINE);
        assertThat(now.freeSlots()).isEqualTo(2);
        assertThat(now.dutySlots()).isEqualTo(4);
        assertThat(now.load()).isEqualTo(0.25);
    }

    @Test
    void aTeamHasRoomWhenOneOfItsAgentsOnDutyHasRoom() {
        team.get(0).joinTeam(new Team("sales", "demo", "Sales"));
        team.get(1).joinTeam(new Team("service", "demo", "Service"));
        capacity.admit("demo", List.of(team.get(1)));
        capacity.admit("demo", List.of(team.get(1)));
        availabilities.tick();
        ShopAvailability now = fired.get(0).current();
        assertThat(now.teamHasRoom("sales")).as("K3 I6").isTrue();
        assertThat(now.teamHasRoom("service")).as("K3 I6 its only agent is full").isFalse();
        assertThat(now.freeSlots()).as("K3 the cap of 3 leaves one").isEqualTo(1);
    }

    @Test
    void aWidgetAskingNowDoesNotHideAChangeFromTheOthers() {
        availabilities.changed("demo");
        availabilities.tick();
        capacity.changeCap("demo", 0);
        assertThat(availabilities.now("demo").state()).as("K4: the newcomer sees it at once").isEqualTo(Availability.CAPACITY);
        availabilities.tick();
        assertThat(fired).as("K4: and the next tick tells everyone").hasSize(2);
        assertThat(fired.get(1).current().state()).isEqualTo(Availability.CAPACITY);
    }

    private final class Recorder implements Event<AvailabilityChanged> {
        @Override
        public void fire(AvailabilityChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends AvailabilityChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AvailabilityChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<AvailabilityChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends AvailabilityChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AvailabilityChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
