package nl.shopfloor.kpi.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WallAccessTest {

    static final Optional<String> TOKEN = Optional.of("s3cret-wall-token-for-tests");

    @Test
    void onlyTheExactTokenMatches() {
        assertThat(WallAccess.matches(TOKEN, "s3cret-wall-token-for-tests")).as("W6").isTrue();
        assertThat(WallAccess.matches(TOKEN, "s3cret-wall-token-for-testS")).isFalse();
        assertThat(WallAccess.matches(TOKEN, "s3cret-wall-token-for-tests ")).as("longer").isFalse();
        assertThat(WallAccess.matches(TOKEN, "s3cret")).as("prefix").isFalse();
        assertThat(WallAccess.matches(TOKEN, "")).isFalse();
        assertThat(WallAccess.matches(TOKEN, null)).isFalse();
    }

    @Test
    void noOrAShortConfiguredTokenTurnsTokenAccessOff() {
        assertThat(WallAccess.matches(Optional.empty(), "anything")).as("W6").isFalse();
        assertThat(WallAccess.matches(Optional.of("short"), "short")).as("below the minimum length").isFalse();
    }
}
