package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Rules.rule;
import static nl.shopfloor.invites.control.Rules.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import nl.shopfloor.invites.entity.ButtonAction;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteButton;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.SplitMode;
import org.junit.jupiter.api.Test;

class RuleChecksTest {

    private static final String ALWAYS = "{\"type\":\"all\",\"of\":[]}";
    private static final InviteButton CHAT = new InviteButton("Chat", "Chatten", ButtonAction.OPEN_CHAT, null);

    private static List<String> problems(InviteRule rule) {
        RuleRefused refused = catchThrowableOfType(() -> RuleChecks.check(rule), RuleRefused.class);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    @Test
    void aCompleteRulePasses() {
        InviteRule rule = rule("r", 10, ALWAYS).presentedBy(Presenter.AGENT, "lisa").capped(new FrequencyCaps(1, 3, 7, Duration.ofMinutes(5)))
                .split(SplitMode.FIXED, 10, 0, List.of(variant("A", 40),
                        InviteVariant.buttons("B", 30, "Need help?", "Hulp nodig?", CHAT,
                                new InviteButton("Sizes", "Maten", ButtonAction.OPEN_LINK, "https://shop.example/sizes")),
                        InviteVariant.question("C", 30, "Ask us", "Vraag het ons", "Your question", "Je vraag")));
        assertThatCode(() -> RuleChecks.check(rule)).as("I2").doesNotThrowAnyException();
    }

    @Test
    void refusesBadConditionsNamesAndTimes() {
        InviteRule rule = rule("r", 1001, "{\"type\":\"idle\"}").describe(" ", true, 1001).when("{\"type\":\"idle\"}", Duration.ofSeconds(-1),
                Duration.ZERO);
        assertThat(problems(rule)).as("I2").containsExactly(
                "name: from 1 to 80 characters, not 0",
                "priority: from 0 to 1000, not 1001",
                "conditions.seconds: a whole number from 0 to 86400",
                "delay: from 0 to 3600 seconds, not -1",
                "display: from 1 to 600 seconds, not 0");
    }

    @Test
    void refusesANamedAgentOrTeamWithoutANameAndCapsOutOfRange() {
        assertThat(problems(rule("r", 1, ALWAYS).presentedBy(Presenter.TEAM, " ").capped(new FrequencyCaps(0, 1001, 366, Duration.ZERO))))
                .as("I2 I4").containsExactly("presenter: name the team",
                        "caps.perSession: from 1 to 100, not 0",
                        "caps.perDay: from 1 to 1000, not 1001",
                        "caps.daysAfterDismiss: from 1 to 365, not 366",
                        "caps.minGapSeconds: from 1 to 86400, not 0");
    }

    @Test
    void refusesLongTextsAndLinksThatAreNotHttp() {
        InviteVariant tooLong = InviteVariant.text("A", 50, "x".repeat(201), "");
        InviteVariant badButtons = InviteVariant.buttons("B", 50, "Hi", "Hoi",
                new InviteButton("Go", "Ga", ButtonAction.OPEN_LINK, "javascript:alert(1)"),
                new InviteButton("No", "Nee", ButtonAction.DISMISS, "https://shop.example/"));
        assertThat(problems(rule("r", 1, ALWAYS).split(SplitMode.FIXED, 0, 0, List.of(tooLong, badButtons)))).as("I2").containsExactly(
                "variants[0].textEn: at most 200 characters, not 201",
                "variants[0].textNl: missing",
                "variants[1].first.link: an http or https address of at most 500 characters",
                "variants[1].second.link: only a button that opens a link has one");
        assertThat(RuleChecks.isWebLink("http://shop.example/a?b=c")).as("I2").isTrue();
        assertThat(RuleChecks.isWebLink("https:///nohost")).as("I2").isFalse();
        assertThat(RuleChecks.isWebLink("ftp://shop.example/")).as("I2").isFalse();
    }

    @Test
    void refusesSharesThatDoNotAddUpAndDuplicateVariants() {
        assertThat(problems(rule("r", 1, ALWAYS).split(SplitMode.FIXED, 60, 0, List.of(variant("A", 50), variant("A", 60)))))
                .as("I5").containsExactly(
                        "controlShare: from 0 to 50 percent, not 60",
                        "variants[1].ref: \"A\" is used by another variant of this rule",
                        "variants: in a fixed split the variants' shares add up to 100 percent of the invited visitors, not 110");
        assertThat(problems(rule("r", 1, ALWAYS).split(SplitMode.ADAPTIVE, 0, 34, List.of(variant("A", 0), variant("B", 0), variant("C", 0)))))
                .as("I5").containsExactly("minShare: from 0 to 33 percent (every variant's minimum share together at most 100), not 34");
        assertThat(problems(rule("r", 1, ALWAYS).split(SplitMode.FIXED, 0, 0, List.of()))).as("I2").containsExactly("variants: 1 to 5 variants");
    }

    @Test
    void refusesARefThatAPathCannotCarry() {
        assertThat(problems(Rules.rule("faq", 1, "{\"type\":\"exitIntent\"}").knownAs("faq/45"))).as("I9")
                .containsExactly("ref: 1 to 64 letters, digits or . _ : # @ + -");
        assertThat(problems(Rules.rule("faq", 1, "{\"type\":\"exitIntent\"}").knownAs("x".repeat(65)))).hasSize(1);
    }
}
