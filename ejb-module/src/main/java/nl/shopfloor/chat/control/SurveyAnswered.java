package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Survey;

/** Fired inside the storing transaction, once per rated chat. */
public record SurveyAnswered(Conversation conversation, Survey survey) {
}
