package nl.shopfloor.presentation.invites;

import static org.assertj.core.api.Assertions.assertThat;

import nl.shopfloor.invites.control.ConditionParser;
import org.junit.jupiter.api.Test;

/** The rule editor's condition rows and the JSON box make each other (invites I9). */
class ConditionRowsTest {

    private static final String CART = "{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"cart\",\"faq\"]},"
            + "{\"type\":\"any\",\"of\":[{\"type\":\"idle\",\"seconds\":60},{\"type\":\"url\",\"matches\":[\"*/a,b\",\"re:^/x\"]}]}]}";

    @Test
    void jsonBecomesRowsAndBackTheSame() {
        ConditionRow root = ConditionRows.rows(CART).orElseThrow();
        assertThat(root.getType()).isEqualTo("all");
        assertThat(root.getParts()).hasSize(2);
        assertThat(root.getParts().get(0).getValues()).containsEntry("in", "cart, faq");
        ConditionRow any = root.getParts().get(1);
        assertThat(any.isGroup()).isTrue();
        assertThat(any.getParts().get(1).getValues()).as("a pattern may hold a comma: one a line").containsEntry("matches", "*/a,b\nre:^/x");
        assertThat(ConditionRows.json(root)).as("I9").isEqualTo(CART);
    }

    @Test
    void rowsWriteWhatWasTypedSoThatTheParserNamesWhatIsWrong() {
        ConditionRow root = new ConditionRow("any");
        ConditionRow idle = new ConditionRow("idle");
        idle.getValues().put("seconds", " soon ");
        ConditionRow exit = new ConditionRow("exitIntent");
        root.getParts().add(idle);
        root.getParts().add(exit);
        String json = ConditionRows.json(root);
        assertThat(json).isEqualTo("{\"type\":\"any\",\"of\":[{\"type\":\"idle\",\"seconds\":\"soon\"},{\"type\":\"exitIntent\"}]}");
        idle.getValues().put("seconds", "45");
        assertThat(ConditionParser.parse(ConditionRows.json(root))).isNotNull();
    }

    @Test
    void aSingleConditionBecomesAGroupOfOneAndDeepNestingStaysJson() {
        assertThat(ConditionRows.rows("{\"type\":\"exitIntent\"}").orElseThrow().getParts()).extracting(ConditionRow::getType).containsExactly("exitIntent");
        String deep = "{\"type\":\"all\",\"of\":[{\"type\":\"any\",\"of\":[{\"type\":\"all\",\"of\":[]}]}]}";
        assertThat(ConditionRows.rows(deep)).as("three levels: JSON only").isEmpty();
        assertThat(ConditionRows.rows("{\"type\":")).isEmpty();
        assertThat(ConditionRows.rows("{\"type\":\"idle\",\"second\":5}")).as("an unknown field stays in the JSON").isEmpty();
    }

    @Test
    void aRowThatChangesItsTypeStartsEmptyButStaysAGroupOrACondition() {
        ConditionRow row = new ConditionRow("idle");
        row.getValues().put("seconds", "60");
        row.setType("timeOnPage");
        assertThat(row.getValues()).isEmpty();
        row.setType("any");
        assertThat(row.getType()).isEqualTo("timeOnPage");
    }
}
