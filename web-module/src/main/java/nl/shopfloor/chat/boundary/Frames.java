package nl.shopfloor.chat.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import nl.shopfloor.BoundedJson;
import nl.shopfloor.chat.entity.ChatOrigin;

/** Reads and checks the fields of inbound WebSocket frames; everything a client sends passes here. */
final class Frames {

    static final int MAX_FRAME_CHARS = 8 * 1024;
    /**
     * What the container reads of one message before it drops it (reported as {@code too_large}): room for
     * {@link #MAX_FRAME_CHARS} characters of any script in UTF-8, so a bigger frame costs no more than this
     * (docs/widget-protocol.md).
     */
    static final int MAX_MESSAGE_BYTES = 4 * MAX_FRAME_CHARS;
    static final int MAX_NAME = 80;
    static final int MAX_EMAIL = 254;
    /** Our own frames nest three levels at most (a hello's page object). */
    static final int MAX_DEPTH = 8;

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{6,32}");

    private Frames() {
    }

    static JsonObject parse(String raw) {
        if (raw == null || raw.length() > MAX_FRAME_CHARS) {
            throw new InvalidFrame("too_large", "A frame may hold at most " + MAX_FRAME_CHARS + " characters");
        }
        JsonObject frame;
        try {
            frame = BoundedJson.object(new StringReader(raw), MAX_DEPTH);
        } catch (BoundedJson.NotJson e) {
            throw new InvalidFrame("malformed", "A frame " + e.getMessage());
        }
        if (!(frame.get("type") instanceof JsonString)) {
            throw new InvalidFrame("malformed", "A frame needs a string 'type'");
        }
        return frame;
    }

    /** The frame's clientId if it is one, else null: to echo in an error about another field. */
    static String validClientId(JsonObject frame) {
        return frame != null && frame.get("clientId") instanceof JsonString id && CLIENT_ID.matcher(id.getString()).matches()
                ? id.getString() : null;
    }

    static String clientId(JsonObject frame) {
        String id = optionalString(frame, "clientId", 64, null);
        if (id == null || !CLIENT_ID.matcher(id).matches()) {
            throw new InvalidFrame("invalid", "'clientId' must be 8-64 letters, digits, '-' or '_'");
        }
        return id;
    }

    /** Required text, trimmed, control characters removed, 1..max characters. */
    static String text(JsonObject frame, String field, int max, String clientId) {
        String text = optionalString(frame, field, max, clientId);
        if (text == null || text.isEmpty()) {
            throw new InvalidFrame("invalid", "'" + field + "' must not be empty", clientId);
        }
        return text;
    }

    static String optionalText(JsonObject frame, String field, int max, String clientId) {
        String text = optionalString(frame, field, max, clientId);
        return text == null || text.isEmpty() ? null : text;
    }

    static String name(JsonObject frame, String clientId) {
        String name = text(frame, "name", MAX_NAME, clientId);
        if (name.contains("\n")) {
            throw new InvalidFrame("invalid", "'name' must be one line", clientId);
        }
        return name;
    }

    static String email(JsonObject frame, boolean required, String clientId) {
        String email = optionalString(frame, "email", MAX_EMAIL, clientId);
        if (email == null || email.isEmpty()) {
            if (required) {
                throw new InvalidFrame("invalid", "'email' is required", clientId);
            }
            return null;
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidFrame("invalid", "'email' is not a valid e-mail address", clientId);
        }
        return email;
    }

    /** 6-32 characters of digits, spaces and + ( ) - . /, with at least 6 digits. */
    static String phone(JsonObject frame, String clientId) {
        String phone = optionalString(frame, "phone", 32, clientId);
        if (phone == null || !PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 6) {
            throw new InvalidFrame("invalid", "'phone' must be a phone number: 6-32 digits, spaces and + ( ) - . /", clientId);
        }
        return phone;
    }

    /**
     * Where the shopper started a chat: {@code reactive} (the contact button, also when the field is missing),
     * {@code team-page}, {@code own-agent}, or {@code proactive} — only for a start that names the invite it answers.
     */
    static ChatOrigin origin(JsonObject frame, boolean answersInvite, String clientId) {
        String origin = optionalText(frame, "origin", 20, clientId);
        if (origin == null) {
            return answersInvite ? ChatOrigin.PROACTIVE : ChatOrigin.REACTIVE;
        }
        return ChatOrigin.ofWireName(origin).filter(known -> (known == ChatOrigin.PROACTIVE) == answersInvite)
                .orElseThrow(() -> new InvalidFrame("invalid", answersInvite ? "'origin' must be proactive for a start with 'invite'"
                        : "'origin' must be reactive, team-page or own-agent ('proactive' needs 'invite')", clientId));
    }

    /** An optional day, YYYY-MM-DD. */
    static LocalDate optionalDay(JsonObject frame, String field, String clientId) {
        String day = optionalString(frame, field, 10, clientId);
        if (day == null || day.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidFrame("invalid", "'" + field + "' must be a date, YYYY-MM-DD", clientId);
        }
    }

    static String topic(JsonObject frame, String clientId) {
        String topic = optionalString(frame, "topic", 40, clientId);
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new InvalidFrame("invalid", "'topic' must be one of the shop's question types", clientId);
        }
        return topic;
    }

    static boolean flag(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == null || value == JsonValue.FALSE) {
            return false;
        }
        throw new InvalidFrame("invalid", "'" + field + "' must be true or false");
    }

    static int nonNegative(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        try {
            int whole = value instanceof JsonNumber number ? number.intValueExact() : -1;
            if (whole >= 0) {
                return whole;
            }
        } catch (ArithmeticException e) {
            // a fraction or beyond int: refused below, never wrapped
        }
        throw new InvalidFrame("invalid", "'" + field + "' must be a whole number from 0 to " + Integer.MAX_VALUE);
    }

    /** Unix time in seconds, whole and positive; 0 when absent (a claim without a time never holds). */
    static long epochSeconds(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        try {
            long seconds = value instanceof JsonNumber number ? number.longValueExact() : -1;
            if (seconds >= 0 && seconds < 1L << 40) {
                return seconds;
            }
        } catch (ArithmeticException e) {
            // a fraction or beyond long: refused below
        }
        throw new InvalidFrame("invalid", "'" + field + "' must be a time in whole seconds since 1970");
    }

    /** A string that is cut to size rather than refused: page urls and titles come from the shop, not a person. */
    static String truncated(JsonObject object, String field, int max) {
        JsonValue value = object == null ? null : object.get(field);
        if (!(value instanceof JsonString string)) {
            return null;
        }
        String clean = CONTROL.matcher(string.getString()).replaceAll("").strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    static JsonObject optionalObject(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        return value instanceof JsonObject object ? object : null;
    }

    static String optionalString(JsonObject frame, String field, int max, String clientId) {
        JsonValue value = frame.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidFrame("invalid", "'" + field + "' must be a string", clientId);
        }
        String clean = CONTROL.matcher(string.getString()).replaceAll("").strip();
        if (clean.length() > max) {
            throw new InvalidFrame("too_large", "'" + field + "' may hold at most " + max + " characters", clientId);
        }
        return clean;
    }
}
