package nl.shopfloor.answers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerDraftTest {

    @Test
    void tidiesWhatWasTyped() {
        AnswerDraft draft = new AnswerDraft(" NL ", " /Retour ", " Retour ", " Tekst ");
        assertThat(draft).as("A3").isEqualTo(new AnswerDraft("nl", "retour", "Retour", "Tekst"));
        assertThat(draft.problem()).isEmpty();
    }

    @Test
    void reportsTheFirstThingWrong() {
        assertThat(new AnswerDraft("de", "", "", "").problem()).as("A3").contains(Refusal.LANGUAGE_UNKNOWN);
        assertThat(new AnswerDraft("en", "  ", "t", "x").problem()).as("A3").contains(Refusal.SHORTCUT_EMPTY);
        assertThat(new AnswerDraft("en", "a".repeat(21), "t", "x").problem()).as("A3").contains(Refusal.SHORTCUT_TOO_LONG);
        assertThat(new AnswerDraft("en", "two words", "t", "x").problem()).as("A3").contains(Refusal.SHORTCUT_INVALID);
        assertThat(new AnswerDraft("en", "ok", " ", "x").problem()).as("A3").contains(Refusal.TITLE_EMPTY);
        assertThat(new AnswerDraft("en", "ok", "t".repeat(81), "x").problem()).as("A3").contains(Refusal.TITLE_TOO_LONG);
        assertThat(new AnswerDraft("en", "ok", "t", "").problem()).as("A3").contains(Refusal.TEXT_EMPTY);
        assertThat(new AnswerDraft("en", "ok", "t", "x".repeat(1001)).problem()).as("A3").contains(Refusal.TEXT_TOO_LONG);
        assertThat(new AnswerDraft("en", "ok", "t".repeat(80), "x".repeat(1000)).problem()).as("A3 at the limits").isEmpty();
    }
}
