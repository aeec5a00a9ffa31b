package nl.shopfloor.answers.entity;

/** Why a canned answer was not stored, used or shown; the message is the API's, screens say it in their own words. */
public enum Refusal {
    LANGUAGE_UNKNOWN("'language' must be nl or en"),
    SHORTCUT_EMPTY("'shortcut' must not be empty"),
    SHORTCUT_TOO_LONG("'shortcut' may hold at most " + AnswerDraft.MAX_SHORTCUT + " characters"),
    SHORTCUT_INVALID("'shortcut' may hold only letters, digits, - and _"),
    TITLE_EMPTY("'title' must not be empty"),
    TITLE_TOO_LONG("'title' may hold at most " + AnswerDraft.MAX_TITLE + " characters"),
    TEXT_EMPTY("'text' must not be empty"),
    TEXT_TOO_LONG("'text' may hold at most " + AnswerDraft.MAX_TEXT + " characters"),
    SHORTCUT_TAKEN("This shortcut is taken in this language"),
    NOT_ALLOWED("Only supervisors and admins change the shop's answers"),
    NOT_FOUND("No such answer");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
