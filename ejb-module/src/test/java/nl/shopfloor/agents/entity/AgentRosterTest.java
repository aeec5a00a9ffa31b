package nl.shopfloor.agents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the roster moves an agent's status, step by step, and how manual choices hold until the next step. */
class AgentRosterTest {

    private final Agent sanne = new Agent("sanne", "shop", "hash", Role.AGENT, "Sanne", null, null, null);
    private final RosterStep chat = new RosterStep("a@2026-11-23", WorkChannel.CHAT);
    private final RosterStep phone = new RosterStep("b@2026-11-23", WorkChannel.PHONE);

    @Test
    void anAgentWithoutShiftsKeepsTheirOwnStatus() {
        sanne.changeStatus(AgentStatus.ONLINE);
        assertThat(sanne.follow(RosterStep.OFF)).isFalse();
        assertThat(sanne.status()).isEqualTo(AgentStatus.ONLINE);
    }

    @Test
    void eachShiftSetsItsChannelsStatusOnce() {
        assertThat(sanne.follow(chat)).isTrue();
        assertThat(sanne.status()).isEqualTo(AgentStatus.ONLINE);
        assertThat(sanne.follow(phone)).isTrue();
        assertThat(sanne.status()).isEqualTo(AgentStatus.BUSY_ELSEWHERE);
    }

    @Test
    void aManualChoiceHoldsUntilTheNextStep() {
        sanne.follow(phone);
        sanne.changeStatus(AgentStatus.ONLINE);
        assertThat(sanne.follow(phone)).isFalse();
        assertThat(sanne.status()).isEqualTo(AgentStatus.ONLINE);
        assertThat(sanne.follow(chat)).isTrue();
        sanne.changeStatus(AgentStatus.AWAY);
        assertThat(sanne.follow(RosterStep.OFF)).isTrue();
        assertThat(sanne.status()).isEqualTo(AgentStatus.AWAY);
    }

    @Test
    void theEndOfAShiftSetsAwayOnceAndThenLeavesTheAgentAlone() {
        sanne.follow(chat);
        assertThat(sanne.follow(RosterStep.OFF)).isTrue();
        assertThat(sanne.status()).isEqualTo(AgentStatus.AWAY);
        sanne.changeStatus(AgentStatus.ONLINE);
        assertThat(sanne.follow(RosterStep.OFF)).isFalse();
        assertThat(sanne.status()).isEqualTo(AgentStatus.ONLINE);
    }
}
