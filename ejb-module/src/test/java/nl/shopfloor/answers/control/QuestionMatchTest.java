package nl.shopfloor.answers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.shopfloor.answers.entity.AnswerDraft;
import nl.shopfloor.answers.entity.CannedAnswer;
import org.junit.jupiter.api.Test;

class QuestionMatchTest {

    private static final CannedAnswer RETURN_NL = answer("nl", "retour", "Retourneren", "Je kunt {artikel} binnen 30 dagen retourneren.");
    private static final CannedAnswer DELIVERY_NL = answer("nl", "bezorg", "Bezorging", "We bezorgen je bestelling morgen.");
    private static final CannedAnswer HOURS_NL = answer("nl", "open", "Openingstijden", "Op werkdagen van 8 tot 18 uur.");
    private static final CannedAnswer RETURN_EN = answer("en", "return", "Returns", "You can return {product} within 30 days.");

    @Test
    void stemsOfTheQuestionMeetTheAnswersInTheChatsLanguageOnly() {
        List<CannedAnswer> all = List.of(HOURS_NL, DELIVERY_NL, RETURN_NL, RETURN_EN);
        assertThat(QuestionMatch.of(all, "Hoe kan ik mijn bestelling retourneren?", "nl")).as("A9 the title's stem first, then the text's")
                .containsExactly(RETURN_NL, DELIVERY_NL);
        assertThat(QuestionMatch.of(all, "I want to return this laptop", "en")).as("A9 returned/return share a stem").containsExactly(RETURN_EN);
    }

    @Test
    void placeholdersStopWordsAndUnknownLanguagesMatchNothing() {
        List<CannedAnswer> all = List.of(RETURN_NL, RETURN_EN);
        assertThat(QuestionMatch.of(all, "artikel", "nl")).as("{artikel} is not a word of the answer").isEmpty();
        assertThat(QuestionMatch.of(all, "hoe kan ik", "nl")).as("only stop words").isEmpty();
        assertThat(QuestionMatch.of(all, "retourneren", "de")).isEmpty();
        assertThat(QuestionMatch.of(all, " ", "nl")).isEmpty();
    }

    @Test
    void atMostThreeOnEqualScoresByShortcut() {
        List<CannedAnswer> many = List.of(answer("nl", "a", "Retour", "x"), answer("nl", "b", "Retour", "x"), answer("nl", "c", "Retour", "x"),
                answer("nl", "d", "Retour", "x"));
        assertThat(QuestionMatch.of(many, "retour", "nl")).extracting(CannedAnswer::shortcut).containsExactly("a", "b", "c");
    }

    private static CannedAnswer answer(String language, String shortcut, String title, String text) {
        return new CannedAnswer(shortcut + language, "shop", null, new AnswerDraft(language, shortcut, title, text));
    }
}
