package nl.shopfloor.answers.control;

import java.util.List;

/** An answer's text as the agent will send it, and the placeholders it still shows (as written), in order. */
public record FilledAnswer(String text, List<String> unfilled) {
}
