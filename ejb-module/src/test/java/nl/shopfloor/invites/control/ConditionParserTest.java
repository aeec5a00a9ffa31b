package nl.shopfloor.invites.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a shop admin or integrator is told about conditions that cannot be used. */
class ConditionParserTest {

    private static List<String> problems(String json) {
        RuleRefused refused = catchThrowableOfType(() -> ConditionParser.parse(json), RuleRefused.class);
        assertThat(refused).as("refused: " + json).isNotNull();
        return refused.problems();
    }

    @Test
    void refusesWhatIsNotJsonOrNotACondition() {
        assertThat(problems("{\"type\":")).singleElement().asString().startsWith("conditions: not valid JSON");
        assertThat(problems("")).containsExactly("conditions: missing");
        assertThat(problems("[]")).containsExactly("conditions: a condition is an object with a \"type\"");
        assertThat(problems("{}")).singleElement().asString().startsWith("conditions.type: missing; one of all, any, url");
    }

    @Test
    void refusesUnknownTypesAndFieldsByName() {
        assertThat(problems("{\"type\":\"all\",\"of\":[{\"type\":\"timeOnPage\",\"seconds\":5},{\"type\":\"mood\"}]}"))
                .singleElement().asString().startsWith("conditions.of[1].type: unknown condition \"mood\"; one of all, any");
        assertThat(problems("{\"type\":\"idle\",\"second\":60}"))
                .contains("conditions.second: not a field of idle; it has seconds", "conditions.seconds: a whole number from 0 to 86400");
        assertThat(problems("{\"type\":\"exitIntent\",\"on\":true}")).containsExactly("conditions.on: not a field of exitIntent; it has none");
    }

    @Test
    void listsEveryProblemWithItsPlace() {
        String json = "{\"type\":\"any\",\"of\":[{\"type\":\"timeOnPage\",\"seconds\":-1},{\"type\":\"cartValue\",\"atLeast\":\"50\"},"
                + "{\"type\":\"pageType\",\"in\":[\"shelf\"]},{\"type\":\"visitor\",\"is\":\"old\"},{\"type\":\"pagesViewed\",\"atLeast\":2.5},"
                + "{\"type\":\"event\",\"times\":0,\"withinSeconds\":0},{\"type\":\"device\",\"in\":[]},{\"type\":\"url\"}]}";
        assertThat(problems(json)).containsExactly(
                "conditions.of[0].seconds: a whole number from 0 to 86400",
                "conditions.of[1].atLeast: an amount from 0 to 1000000000",
                "conditions.of[2].in: unknown value \"shelf\"; one of product, category, search, cart, checkout, account, faq, other",
                "conditions.of[3].is: \"new\" or \"returning\"",
                "conditions.of[4].atLeast: a whole number from 1 to 10000",
                "conditions.of[5].name: the shop's event name, 1 to 64 characters",
                "conditions.of[5].times: a whole number from 1 to 1000",
                "conditions.of[5].withinSeconds: a whole number from 1 to 86400",
                "conditions.of[6].in: 1 to 20 texts, e.g. [\"…\"]",
                "conditions.of[7].matches: 1 to 20 texts, e.g. [\"…\"]");
    }

    @Test
    void refusesAnyOfNothingAndGroupsWithoutAList() {
        assertThat(problems("{\"type\":\"any\",\"of\":[]}")).containsExactly("conditions.of: \"any\" of nothing never holds; add a condition");
        assertThat(problems("{\"type\":\"all\"}")).containsExactly("conditions.of: missing: a list of conditions");
    }

    @Test
    void boundsNestingAndTheNumberOfConditions() {
        String deep = "{\"type\":\"exitIntent\"}";
        for (int i = 0; i < ConditionParser.MAX_DEPTH; i++) {
            deep = "{\"type\":\"all\",\"of\":[" + deep + "]}";
        }
        assertThat(problems(deep)).singleElement().asString().endsWith("groups nest at most 6 deep");
        String many = "{\"type\":\"all\",\"of\":[" + String.join(",", java.util.Collections.nCopies(ConditionParser.MAX_CONDITIONS, "{\"type\":\"exitIntent\"}")) + "]}";
        assertThat(problems(many)).containsExactly("conditions.of[99]: a rule has at most 100 conditions");
    }

    @Test
    void refusesLongBrokenAndCatastrophicPatterns() {
        assertThat(problems("{\"type\":\"url\",\"matches\":[\"" + "a".repeat(201) + "\"]}"))
                .containsExactly("conditions.matches[0]: a pattern has 1 to 200 characters");
        assertThat(problems("{\"type\":\"url\",\"matches\":[\"re:(\"]}")).singleElement().asString()
                .startsWith("conditions.matches[0]: not a regular expression: Unclosed group");
        for (String catastrophic : List.of("re:(a+)+$", "re:^(\\\\w*x)*y", "re:(a|b+){2,}")) {
            assertThat(problems("{\"type\":\"referrer\",\"matches\":[\"x\"],\"except\":[\"" + catastrophic + "\"]}"))
                    .as(catastrophic).containsExactly("conditions.except[0]: a repeated group that itself repeats can take forever to match; write it without nesting");
        }
    }
}
