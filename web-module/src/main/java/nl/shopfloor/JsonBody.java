package nl.shopfloor;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The fields of a REST request body, checked: the wrong type, a missing field, a number that is not a whole
 * number in range (never wrapped: JSON-P's {@code intValue} silently does) or a string that is too long is a
 * 400 with {@code {"error": reason}}, before anything is stored.
 */
public final class JsonBody {

    private JsonBody() {
    }

    /** The body itself; an absent body (no content) is refused like a missing field. */
    public static JsonObject required(JsonObject body, String example) {
        if (body == null) {
            throw badRequest("Send a JSON object: " + example);
        }
        return body;
    }

    public static String text(JsonObject body, String field, int maxLength) {
        if (!(body.get(field) instanceof JsonString value)) {
            throw badRequest("'" + field + "' must be a string");
        }
        return bounded(field, value.getString(), maxLength);
    }

    /** A whole number from {@code min} to {@code max}; {@code 1e3} counts, {@code 1.5} and {@code 2147483648} do not. */
    public static int wholeNumber(JsonObject body, String field, int min, int max) {
        Integer number = optionalWholeNumber(body, field, min, max);
        if (number == null) {
            throw badRequest("'" + field + "' must be a whole number from " + min + " to " + max);
        }
        return number;
    }

    /** Null when the field is absent or JSON null. */
    public static Integer optionalWholeNumber(JsonObject body, String field, int min, int max) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number && number.bigDecimalValue().stripTrailingZeros().scale() <= 0) {
                long exact = number.bigDecimalValue().longValueExact();
                if (exact >= min && exact <= max) {
                    return (int) exact;
                }
            }
        } catch (ArithmeticException e) {
            // beyond long: out of range, refused below
        }
        throw badRequest("'" + field + "' must be a whole number from " + min + " to " + max);
    }

    /** A list of at most {@code maxItems} strings of at most {@code maxLength} characters each. */
    public static List<String> strings(JsonObject body, String field, int maxItems, int maxLength) {
        if (!(body.get(field) instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw badRequest("'" + field + "' must be a list of strings");
        }
        if (array.size() > maxItems) {
            throw badRequest("'" + field + "' may hold at most " + maxItems + " items");
        }
        return array.getValuesAs(JsonString.class).stream().map(item -> bounded(field, item.getString(), maxLength)).toList();
    }

    /** A list of at most {@code maxItems} objects. */
    public static List<JsonObject> objects(JsonObject body, String field, int maxItems, String example) {
        if (!(body.get(field) instanceof JsonArray array) || !array.stream().allMatch(JsonObject.class::isInstance)) {
            throw badRequest("'" + field + "' must be a list of objects: " + example);
        }
        if (array.size() > maxItems) {
            throw badRequest("'" + field + "' may hold at most " + maxItems + " items");
        }
        return array.getValuesAs(JsonObject.class);
    }

    /** 404 with {@code {"error": message}}: the framework's own 404 would carry only "Not Found". */
    public static NotFoundException notFound(String message) {
        return new NotFoundException(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", message).build()).build());
    }

    /** 400 with {@code {"error": message}}; the message is for the caller and must name no class. */
    public static BadRequestException badRequest(String message) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", message).build()).build());
    }

    private static String bounded(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw badRequest("'" + field + "' may hold at most " + maxLength + " characters");
        }
        return text;
    }
}
