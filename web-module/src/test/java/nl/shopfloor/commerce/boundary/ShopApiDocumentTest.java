package nl.shopfloor.commerce.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document holds together and states the code's limits; OpenApiDocumentIT checks it against the server. */
class ShopApiDocumentTest {

    @Test
    void everyReferenceResolves() throws Exception {
        JsonObject document = document();
        assertThat(document.getString("openapi")).startsWith("3.0.");
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).as("a reference inside the document").startsWith("#/");
            JsonPointer pointer = Json.createPointer(ref.substring(1));
            assertThat(pointer.containsValue(document)).as("%s resolves", ref).isTrue();
        }
    }

    @Test
    void theLimitsAreTheCodes() throws Exception {
        JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("Batch").getJsonObject("properties").getJsonObject("orders").getInt("maxItems"))
                .isEqualTo(OrdersApi.MAX_BATCH);
        assertThat(schemas.getJsonObject("Order").getJsonObject("properties").getJsonObject("lines").getInt("maxItems"))
                .isEqualTo(CommerceJson.MAX_LINES);
        assertThat(document().getJsonObject("components").getJsonObject("responses").getJsonObject("RateLimited").getString("description"))
                .contains(ShopApiGuard.CALLS_PER_MINUTE + " calls");
    }

    private static void collectRefs(JsonValue value, List<String> refs) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if (key.equals("$ref") && child instanceof JsonString ref) {
                    refs.add(ref.getString());
                } else {
                    collectRefs(child, refs);
                }
            });
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(child -> collectRefs(child, refs));
        }
    }

    private static JsonObject document() throws Exception {
        try (InputStream in = ShopApiDocumentResource.class.getResourceAsStream(ShopApiDocumentResource.DOCUMENT)) {
            return Json.createReader(in).readObject();
        }
    }
}
