package nl.shopfloor.knowledge.control;

/** An article that matches what somebody typed; {@code url} is null when Shopfloor serves the article itself. */
public record Suggestion(String id, String title, String url) {
}
