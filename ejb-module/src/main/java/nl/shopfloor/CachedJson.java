package nl.shopfloor;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON-P's builders and readers from one provider, looked up once. Every static {@code jakarta.json.Json} call
 * looks the provider up again — on Payara a service-loader scan of WEB-INF/lib unless {@code jakarta.json.provider}
 * is set — and under CPU contention most request threads queued on that scan's jar lock (load-tests/README.md,
 * finding 2). Use these instead of {@code Json.*}.
 */
public final class CachedJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private CachedJson() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
        return PROVIDER.createObjectBuilder(map);
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return PROVIDER.createObjectBuilder(object);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonString createValue(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber createValue(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    public static JsonParser createParser(Reader reader) {
        return PROVIDER.createParser(reader);
    }
}
