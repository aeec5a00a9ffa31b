package nl.shopfloor.invites.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an admin or the API sets is applied to the stored rule, which keeps its id, ref and shop (invites I9). */
class RuleSettingsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void changesTheRuleInPlaceAndReadsBackTheSame() {
        RuleSettings settings = new RuleSettings("Cart idle", true, 40, "{\"type\":\"idle\",\"seconds\":60}", Duration.ofSeconds(3),
                Duration.ofSeconds(25), Presenter.TEAM, "first-line", new FrequencyCaps(1, null, 7, Duration.ofMinutes(2)), SplitMode.ADAPTIVE,
                10, 20, List.of(InviteVariant.text("a", 50, "Help?", "Hulp?"), InviteVariant.question("b", 50, "Ask", "Vraag", "Type", "Typ")),
                Optimise.REVENUE_PER_VISITOR);
        InviteRule rule = new InviteRule("id-1", "shop", NOW).knownAs("cart-idle");
        assertThat(settings.applyTo(rule)).isSameAs(rule);
        assertThat(rule.id()).isEqualTo("id-1");
        assertThat(rule.ref()).as("I9").isEqualTo("cart-idle");
        assertThat(RuleSettings.of(rule)).usingRecursiveComparison().isEqualTo(settings);
    }

    @Test
    void aNewRuleIsKnownByItsIdUntilNamed() {
        assertThat(new InviteRule("id-2", "shop", NOW).ref()).isEqualTo("id-2");
    }
}
