package nl.shopfloor.presentation.invites;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.shopfloor.CachedJson;
import nl.shopfloor.invites.control.ConditionParser;

/**
 * The rule editor's rows and the conditions JSON, each made from the other (invites I9). Rows hold a group and its
 * conditions, one of which may be a group of conditions itself; deeper conditions are edited as JSON only. What a
 * row holds is written into the JSON as typed, so that the parser names whatever is wrong with it.
 */
final class ConditionRows {

    static final Map<String, List<String>> TYPES = ConditionParser.types();
    /** lists typed one item a line: a pattern may hold a comma */
    private static final Set<String> LINES = Set.of("matches", "except");
    private static final Set<String> COMMAS = Set.of("in");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    private ConditionRows() {
    }

    static boolean isGroup(String type) {
        return "all".equals(type) || "any".equals(type);
    }

    static boolean isLines(String field) {
        return LINES.contains(field);
    }

    /** The rows of these conditions, or empty when they cannot be shown as rows (not JSON, or nested too deep). */
    static Optional<ConditionRow> rows(String json) {
        try (var reader = CachedJson.createReader(new StringReader(json == null ? "" : json))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject root)) {
                return Optional.empty();
            }
            if (isGroup(root.getString("type", null))) {
                return group(root, 2);
            }
            ConditionRow all = new ConditionRow("all");
            Optional<ConditionRow> only = leaf(root);
            only.ifPresent(all.getParts()::add);
            return only.map(row -> all);
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<ConditionRow> group(JsonObject json, int levels) {
        if (!(json.get("of") instanceof JsonArray of) || json.size() != 2) {
            return Optional.empty();
        }
        ConditionRow group = new ConditionRow(json.getString("type"));
        for (JsonValue part : of) {
            if (!(part instanceof JsonObject condition) || !(condition.get("type") instanceof JsonString type)) {
                return Optional.empty();
            }
            Optional<ConditionRow> row = isGroup(type.getString()) ? (levels > 1 ? group(condition, levels - 1) : Optional.empty()) : leaf(condition);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            group.getParts().add(row.get());
        }
        return Optional.of(group);
    }

    private static Optional<ConditionRow> leaf(JsonObject json) {
        String type = json.getString("type", null);
        if (!TYPES.containsKey(type) || isGroup(type)) {
            return Optional.empty();
        }
        ConditionRow row = new ConditionRow(type);
        for (var field : json.entrySet()) {
            if (field.getKey().equals("type")) {
                continue;
            }
            if (!TYPES.get(type).contains(field.getKey())) {
                return Optional.empty();
            }
            String typed = typed(field.getKey(), field.getValue());
            if (typed == null) {
                return Optional.empty();
            }
            row.getValues().put(field.getKey(), typed);
        }
        return Optional.of(row);
    }

    private static String typed(String field, JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            return String.join(LINES.contains(field) ? "\n" : ", ", array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
        return null;
    }

    /** The JSON of a group row and its parts; a field left empty is left out. */
    static String json(ConditionRow root) {
        return object(root).toString();
    }

    private static JsonObject object(ConditionRow row) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("type", row.getType());
        if (row.isGroup()) {
            var of = CachedJson.createArrayBuilder();
            row.getParts().forEach(part -> of.add(object(part)));
            return json.add("of", of).build();
        }
        for (String field : TYPES.getOrDefault(row.getType(), List.of())) {
            String typed = row.getValues().get(field);
            if (typed == null || typed.isBlank()) {
                continue;
            }
            if (LINES.contains(field) || COMMAS.contains(field)) {
                var list = CachedJson.createArrayBuilder();
                Arrays.stream(typed.split(LINES.contains(field) ? "\\R" : ",")).map(String::strip).filter(item -> !item.isEmpty()).forEach(list::add);
                json.add(field, list);
            } else if (NUMBER.matcher(typed.strip()).matches()) {
                json.add(field, CachedJson.createValue(new BigDecimal(typed.strip())));
            } else {
                json.add(field, typed.strip());
            }
        }
        return json.build();
    }
}
