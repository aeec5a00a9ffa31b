package nl.shopfloor.knowledge.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import nl.shopfloor.CachedJson;
import nl.shopfloor.knowledge.control.ImportReport;
import nl.shopfloor.knowledge.control.Suggestion;

/** Articles and import reports as JSON for the widget, the dashboard and the shop API. */
public final class KnowledgeJson {

    private KnowledgeJson() {
    }

    /** {@code base}: prefixed to the address of an article Shopfloor serves itself (K1); "" for a relative one. */
    public static JsonArrayBuilder suggestions(List<Suggestion> suggestions, String base) {
        JsonArrayBuilder list = CachedJson.createArrayBuilder();
        suggestions.forEach(s -> list.add(CachedJson.createObjectBuilder().add("id", s.id()).add("title", s.title())
                .add("url", address(s, base))));
        return list;
    }

    public static String address(Suggestion suggestion, String base) {
        return suggestion.url() != null ? suggestion.url() : base + "/api/knowledge/" + suggestion.id();
    }

    public static JsonObject report(ImportReport report) {
        JsonArrayBuilder refused = CachedJson.createArrayBuilder();
        report.refused().forEach((row, reason) -> refused.add(CachedJson.createObjectBuilder().add("row", row).add("error", reason)));
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("created", report.created()).add("updated", report.updated())
                .add("refused", refused);
        return json.build();
    }
}
