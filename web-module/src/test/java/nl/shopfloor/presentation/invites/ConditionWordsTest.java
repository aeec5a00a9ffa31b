package nl.shopfloor.presentation.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A rule's conditions in the dashboard's words, English and Dutch (invites I9). */
class ConditionWordsTest {

    private static String words(String json, String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.dashboard", locale);
        return new ConditionWords(bundle::getString, locale).of(json);
    }

    @Test
    void saysAGroupOfConditionsInEnglishAndDutch() {
        String json = "{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"cart\",\"faq\"]},"
                + "{\"type\":\"any\",\"of\":[{\"type\":\"idle\",\"seconds\":60},{\"type\":\"exitIntent\"}]}]}";
        assertThat(words(json, "en")).as("I9").isEqualTo("on a cart, faq page and (idle for at least 60 s or about to leave)");
        assertThat(words(json, "nl")).as("I9").isEqualTo("op een pagina van soort cart, faq en (minstens 60 s stil of wil vertrekken)");
    }

    @Test
    void saysEveryConditionType() {
        for (String type : ConditionRows.TYPES.keySet()) {
            String json = switch (type) {
                case "all", "any" -> "{\"type\":\"" + type + "\",\"of\":[{\"type\":\"exitIntent\"}]}";
                case "url", "referrer" -> "{\"type\":\"" + type + "\",\"matches\":[\"*/sale/*\"],\"except\":[\"*/sale/old\"]}";
                case "pageType", "segment", "language", "device" -> "{\"type\":\"" + type + "\",\"in\":[\"x\"]}";
                case "event" -> "{\"type\":\"event\",\"name\":\"compare\",\"times\":2,\"withinSeconds\":60}";
                case "visitor" -> "{\"type\":\"visitor\",\"is\":\"returning\"}";
                case "conversationBefore" -> "{\"type\":\"conversationBefore\",\"withinDays\":30}";
                case "cartValue", "lifetimeValue", "pagesViewed", "scrollDepth" -> "{\"type\":\"" + type + "\",\"atLeast\":50}";
                case "timeOnPage", "timeOnSite", "idle", "productPageWithoutAddToCart" -> "{\"type\":\"" + type + "\",\"seconds\":45}";
                default -> "{\"type\":\"" + type + "\"}";
            };
            for (String language : new String[] {"en", "nl"}) {
                assertThat(words(json, language)).as("%s in %s", type, language).doesNotStartWith("{").doesNotContain("{0}");
            }
        }
        assertThat(words("{\"type\":\"event\",\"name\":\"compare\",\"withinSeconds\":60}", "en")).isEqualTo("the shop event compare at least once within 60 s");
    }

    @Test
    void conditionsThatCannotBeReadReadAsTheyAre() {
        assertThat(words("{\"type\":", "en")).isEqualTo("{\"type\":");
    }
}
