package nl.shopfloor.presentation.invites;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.shopfloor.CachedJson;

/**
 * A rule's conditions in words, in the dashboard's language (invites I9): "on a cart page and idle for at least
 * 60 s". Texts come from the "msg" bundle ({@code invites.cond.*}); conditions that do not parse read as they are.
 */
final class ConditionWords {

    private final Function<String, String> texts;
    private final Locale locale;

    /** @param texts a text of the bundle by its key */
    ConditionWords(Function<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    String of(String json) {
        try (var reader = CachedJson.createReader(new StringReader(json))) {
            return words(reader.readObject(), true);
        } catch (RuntimeException unreadable) {
            return json;
        }
    }

    private String words(JsonObject condition, boolean top) {
        String type = condition.getString("type");
        if (type.equals("all") || type.equals("any")) {
            List<String> parts = condition.getJsonArray("of").getValuesAs(JsonObject.class).stream().map(part -> words(part, false)).toList();
            if (parts.isEmpty()) {
                return texts.apply("invites.cond.always");
            }
            String joined = String.join(texts.apply(type.equals("all") ? "invites.cond.and" : "invites.cond.or"), parts);
            return top || parts.size() == 1 ? joined : "(" + joined + ")";
        }
        return switch (type) {
            case "url", "referrer" -> condition.containsKey("except")
                    ? format("invites.cond." + type + ".except", list(condition, "matches"), list(condition, "except"))
                    : format("invites.cond." + type, list(condition, "matches"));
            case "pageType" -> format(type, list(condition, "in").toLowerCase(Locale.ROOT));
            case "device", "segment", "language" -> format(type, list(condition, "in"));
            case "event" -> format(type, text(condition, "name"), condition.containsKey("times") ? condition.getJsonNumber("times").intValue() : 1,
                    text(condition, "withinSeconds"));
            case "visitor" -> texts.apply("invites.cond.visitor." + text(condition, "is"));
            case "conversationBefore" -> condition.containsKey("withinDays")
                    ? format("invites.cond.conversationBefore.within", text(condition, "withinDays")) : texts.apply("invites.cond.conversationBefore");
            default -> condition.size() == 1 ? texts.apply("invites.cond." + type)
                    : format(type, text(condition, condition.keySet().stream().filter(f -> !f.equals("type")).findFirst().orElseThrow()));
        };
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.apply(key.startsWith("invites.") ? key : "invites.cond." + key), locale).format(arguments);
    }

    private static String list(JsonObject condition, String field) {
        JsonValue value = condition.get(field);
        return value instanceof JsonArray array
                ? String.join(", ", array.stream().map(item -> item instanceof JsonString s ? s.getString() : item.toString()).toList())
                : String.valueOf(value);
    }

    private static String text(JsonObject condition, String field) {
        JsonValue value = condition.get(field);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
