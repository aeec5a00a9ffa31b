package nl.shopfloor.answers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.shopfloor.answers.entity.AnswerDraft;
import nl.shopfloor.answers.entity.CannedAnswer;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void theChatsLanguageFirstThenShortcutMatchesThenTheMostUsed() {
        CannedAnswer retourEn = answer("en", "retour", "Returns", 9);
        CannedAnswer retourNl = answer("nl", "retour", "Retourneren", 1);
        CannedAnswer returnNl = answer("nl", "retourlabel", "Label printen", 5);
        CannedAnswer titleNl = answer("nl", "terug", "Retour binnen 30 dagen", 50);
        CannedAnswer other = answer("nl", "groet", "Welkom", 100);

        assertThat(Suggestions.of(List.of(retourEn, retourNl, returnNl, titleNl, other), "Ret", "nl"))
                .as("A4 nl first; shortcut matches before title matches; most used first")
                .containsExactly(returnNl, retourNl, titleNl, retourEn);
    }

    @Test
    void atMostEightAndEqualUseByShortcut() {
        List<CannedAnswer> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> answer("en", "a" + (char) ('z' - i), "T", 0)).toList();
        List<CannedAnswer> offered = Suggestions.of(many, "a", "en");
        assertThat(offered).as("A4").hasSize(Suggestions.MAX);
        assertThat(offered.get(0).shortcut()).as("A4 ties by shortcut").isEqualTo("ao");
    }

    @Test
    void countedUsesChangeTheOrder() {
        CannedAnswer thanks = answer("en", "thanks", "Thank you", 2);
        CannedAnswer thx = answer("en", "thx", "Thanks short", 3);
        assertThat(Suggestions.of(List.of(thanks, thx), "th", "en")).as("A4 most used first").containsExactly(thx, thanks);
    }

    private static CannedAnswer answer(String language, String shortcut, String title, int uses) {
        CannedAnswer answer = new CannedAnswer(shortcut + language, "shop", null, new AnswerDraft(language, shortcut, title, "text"));
        try {
            // the count is raised in the database (CannedAnswers.use); here it is as if it had been read back
            java.lang.reflect.Field field = CannedAnswer.class.getDeclaredField("uses");
            field.setAccessible(true);
            field.setInt(answer, uses);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return answer;
    }
}
