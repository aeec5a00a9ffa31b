package nl.shopfloor.answers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsKnownValuesInEnglishOrDutchAndLeavesTheRestAsWritten() {
        FilledAnswer filled = Placeholders.fill("Hoi {klant}, ik ben {agent}. Over {order}: {bestelling} {tekst} {product}.",
                Map.of(Placeholder.SHOPPER, "Anna", Placeholder.AGENT, "Mehmet", Placeholder.PRODUCT, "  "), 2000);
        assertThat(filled.text()).as("A5 A6").isEqualTo("Hoi Anna, ik ben Mehmet. Over {order}: {bestelling} {tekst} {product}.");
        assertThat(filled.unfilled()).as("A6 unknown values stay, other braces are text").containsExactly("{order}", "{bestelling}", "{product}");
    }

    @Test
    void aValueThatWouldOverflowAMessageIsLeftOut() {
        FilledAnswer filled = Placeholders.fill("Dear {shopper}", Map.of(Placeholder.SHOPPER, "x".repeat(20)), 15);
        assertThat(filled.text()).as("A6").isEqualTo("Dear {shopper}");
        assertThat(filled.unfilled()).containsExactly("{shopper}");
    }

    @Test
    void theProductIsThePageTitleWithoutTheSiteName() {
        assertThat(Placeholders.productOf("Dell XPS 13 | Demo ICT")).as("A5").isEqualTo("Dell XPS 13");
        assertThat(Placeholders.productOf("USB-C - dock \u2013 Demo ICT")).as("A5 a spaced hyphen is part of the name").isEqualTo("USB-C - dock");
        assertThat(Placeholders.productOf(" ")).isNull();
    }
}
