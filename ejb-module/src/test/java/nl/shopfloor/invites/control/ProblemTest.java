package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refused rule's problems in English for the API and in Dutch for the dashboard (invites I9). */
class ProblemTest {

    @Test
    void saysEachProblemInEnglishAndDutch() {
        RuleRefused refused = catchThrowableOfType(() -> ConditionParser.parse("{\"type\":\"idle\",\"seconds\":-5}"), RuleRefused.class);
        Problem problem = refused.details().get(0);
        assertThat(problem.path()).isEqualTo("conditions.seconds");
        assertThat(problem.text(Locale.ENGLISH)).isEqualTo("a whole number from 0 to 86400");
        assertThat(problem.text(Locale.forLanguageTag("nl-BE"))).as("I9").isEqualTo("een geheel getal van 0 tot 86400");
        assertThat(problem.text(Locale.GERMAN)).as("other languages get English").isEqualTo("a whole number from 0 to 86400");
        assertThat(refused.problems()).containsExactly("conditions.seconds: a whole number from 0 to 86400");
    }

    @Test
    void everyEnglishTextHasADutchOne() throws Exception {
        var english = new java.util.Properties();
        var dutch = new java.util.Properties();
        try (var en = getClass().getResourceAsStream("problems.properties"); var nl = getClass().getResourceAsStream("problems_nl.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            dutch.load(new java.io.InputStreamReader(nl, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(dutch.keySet()).as("I9").isEqualTo(english.keySet());
    }

    @Test
    void keepsQuotesInTexts() {
        RuleRefused refused = catchThrowableOfType(() -> ConditionParser.parse("{\"type\":\"event\",\"times\":1,\"withinSeconds\":5}"),
                RuleRefused.class);
        assertThat(refused.problems()).containsExactly("conditions.name: the shop's event name, 1 to 64 characters");
    }
}
