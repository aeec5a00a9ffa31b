package nl.shopfloor;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.Reader;

/**
 * Reads one JSON object as a stream and refuses nesting deeper than asked on the way: JSON-P's tree reader
 * recurses per level and fails a 4,000-deep input with a bare RuntimeException and a 1,000-line stack trace.
 * Everything the parser throws at garbage becomes {@link NotJson} with a short reason that names no class.
 * For WebSocket frames and REST bodies alike.
 */
public final class BoundedJson {

    /** The input is not one JSON object within the limits; the message says why, for the sender. */
    public static final class NotJson extends RuntimeException {
        NotJson(String reason) {
            super(reason, null, false, false);
        }
    }

    private BoundedJson() {
    }

    public static JsonObject object(Reader input, int maxDepth) {
        try (JsonParser parser = CachedJson.createParser(input)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new NotJson("must be a JSON object");
            }
            JsonObject object = object(parser, 1, maxDepth);
            if (parser.hasNext()) {
                throw new NotJson("must be one JSON object and nothing after it");
            }
            return object;
        } catch (NotJson e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonParsingException, or whatever else the parser throws at garbage: the sender's mistake either way.
            throw new NotJson("is not valid JSON");
        }
    }

    private static JsonObject object(JsonParser parser, int depth, int maxDepth) {
        JsonObjectBuilder object = CachedJson.createObjectBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            object.add(key, value(parser, parser.next(), depth, maxDepth));
        }
        return object.build();
    }

    private static JsonArray array(JsonParser parser, int depth, int maxDepth) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, depth, maxDepth));
        }
        return array.build();
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth, int maxDepth) {
        if ((event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) && depth >= maxDepth) {
            throw new NotJson("may nest at most " + maxDepth + " levels");
        }
        return switch (event) {
            case START_OBJECT -> object(parser, depth + 1, maxDepth);
            case START_ARRAY -> array(parser, depth + 1, maxDepth);
            case VALUE_STRING -> CachedJson.createValue(parser.getString());
            case VALUE_NUMBER -> CachedJson.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new NotJson("is not valid JSON");
        };
    }
}
