package nl.shopfloor.agents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DashboardLanguageTest {

    @Test
    void theBrowsersFirstLanguageTheDashboardSpeaksWins() {
        assertThat(DashboardLanguage.best(List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("nl-BE"), Locale.ENGLISH)))
                .as("A8 German is skipped, Belgian Dutch is Dutch").isEqualTo(DashboardLanguage.NL);
        assertThat(DashboardLanguage.best(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("nl"))))
                .as("A8").isEqualTo(DashboardLanguage.EN);
        assertThat(DashboardLanguage.best(List.of(Locale.FRENCH))).as("A8 nothing fits: English").isEqualTo(DashboardLanguage.EN);
    }

    @Test
    void onlyTheExactTagsAreLanguages() {
        assertThat(DashboardLanguage.ofTag("nl")).contains(DashboardLanguage.NL);
        assertThat(DashboardLanguage.ofTag("NL")).as("the switch sends lower case").isEmpty();
        assertThat(DashboardLanguage.ofTag(null)).isEmpty();
        assertThat(DashboardLanguage.NL.locale().toLanguageTag()).isEqualTo("nl");
    }
}
