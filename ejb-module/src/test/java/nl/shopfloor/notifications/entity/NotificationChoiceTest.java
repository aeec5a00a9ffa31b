package nl.shopfloor.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class NotificationChoiceTest {

    @Test
    void anAgentWhoNeverChoseGetsEverythingWithSound() {
        NotificationChoice choice = NotificationChoice.everything("ann");
        assertThat(choice.kinds()).as("N2").containsExactlyInAnyOrder(NotificationKind.values());
        assertThat(choice.sound()).isTrue();
    }

    @Test
    void theChosenKindsAreKeptAndOthersAreOff() {
        NotificationChoice choice = NotificationChoice.everything("ann");
        choice.choose(EnumSet.of(NotificationKind.MESSAGE, NotificationKind.TAKE_OVER), false, Instant.EPOCH);
        assertThat(choice.wants(NotificationKind.NEW_CHAT)).as("N2").isFalse();
        assertThat(choice.wants(NotificationKind.TAKE_OVER)).isTrue();
        assertThat(choice.kinds()).containsExactly(NotificationKind.MESSAGE, NotificationKind.TAKE_OVER);
        assertThat(choice.sound()).isFalse();
        choice.choose(EnumSet.noneOf(NotificationKind.class), true, Instant.EPOCH);
        assertThat(choice.kinds()).as("N2 none at all").isEmpty();
    }
}
