package nl.shopfloor.invites.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InviteExposureTest {

    private static final Instant OFFERED = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void eachStepIsKeptTheFirstTimeItIsReported() {
        InviteExposure exposure = new InviteExposure("e", "shop", "rule", "a", "visitor", "session", OFFERED);

        assertThat(exposure.record(InviteStep.SHOWN, OFFERED.plusSeconds(5))).as("I8").isTrue();
        assertThat(exposure.record(InviteStep.SHOWN, OFFERED.plusSeconds(9))).as("I8 once").isFalse();
        assertThat(exposure.record(InviteStep.DISMISSED, OFFERED.plusSeconds(20))).isTrue();

        assertThat(exposure.shownAt()).isEqualTo(OFFERED.plusSeconds(5));
        assertThat(exposure.past()).isEqualTo(new PastInvite("rule", "a", "session", OFFERED, OFFERED.plusSeconds(20)));
    }

    @Test
    void aControlGroupHoldBackTakesNoStepAndNoChat() {
        InviteExposure holdBack = new InviteExposure("e", "shop", "rule", null, "visitor", "session", OFFERED);

        assertThat(holdBack.record(InviteStep.CLICKED, OFFERED)).isFalse();
        assertThat(holdBack.answeredBy("conversation")).isFalse();
        assertThat(holdBack.clickedAt()).isNull();
    }

    @Test
    void theFirstChatThatAnswersKeepsTheInvite() {
        InviteExposure exposure = new InviteExposure("e", "shop", "rule", "a", "visitor", "session", OFFERED);

        assertThat(exposure.answeredBy("first")).isTrue();
        assertThat(exposure.answeredBy("second")).isFalse();
        assertThat(exposure.conversationId()).isEqualTo("first");
    }
}
