package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3.0 document read as JSON, with what a test needs of it: its operations, the responses they list, and
 * whether an answer matches a documented schema. The schema check knows the keywords the shop API's document uses
 * ({@code $ref}, {@code allOf}, type, properties, required, items, enum, pattern, nullable, minimum, maximum,
 * maxItems, maxLength) and is strict: an answer may not carry a property the schema does not name.
 */
record OpenApiDocument(JsonObject json) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** {@code path} as the server sees it: the server URL and the documented path. */
    record Operation(String method, String path, JsonObject json, boolean isPublic) {

        /** The path with every template parameter ({@code {id}}) set to this value. */
        /** The path with {@code value} for an id and today for a day. */
        String concretePath(String value) {
            return path.replace("{day}", java.time.LocalDate.now().toString()).replaceAll("\\{[^}]+}", value);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    String serverUrl() {
        return json.getJsonArray("servers").getJsonObject(0).getString("url");
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonArray security = json.getJsonArray("security");
        for (Map.Entry<String, JsonValue> path : json.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> item : path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(item.getKey())) {
                    JsonObject operation = item.getValue().asJsonObject();
                    JsonArray required = operation.containsKey("security") ? operation.getJsonArray("security") : security;
                    operations.add(new Operation(item.getKey().toUpperCase(), serverUrl() + path.getKey(), operation,
                            required == null || required.isEmpty()));
                }
            }
        }
        return operations;
    }

    /** The documented answer of this status, or null when the operation lists none. */
    JsonObject response(Operation operation, int status) {
        JsonObject responses = operation.json().getJsonObject("responses");
        return responses.containsKey(Integer.toString(status)) ? resolve(responses.getJsonObject(Integer.toString(status))) : null;
    }

    /** The schema of a documented JSON body (a request body or an answer), or null. */
    static JsonObject jsonSchema(JsonObject bodyOrResponse) {
        JsonObject content = bodyOrResponse.getJsonObject("content");
        return content == null || !content.containsKey("application/json") ? null
                : content.getJsonObject("application/json").getJsonObject("schema");
    }

    static JsonValue jsonExample(JsonObject bodyOrResponse) {
        JsonObject content = bodyOrResponse.getJsonObject("content");
        return content == null || !content.containsKey("application/json") ? null : content.getJsonObject("application/json").get("example");
    }

    /** What does not match: an empty list when the value matches the schema. */
    List<String> mismatches(JsonValue value, JsonObject schema) {
        List<String> mismatches = new ArrayList<>();
        check(value, flattened(schema), "$", mismatches);
        return mismatches;
    }

    private void check(JsonValue value, JsonObject schema, String at, List<String> mismatches) {
        if (value == JsonValue.NULL) {
            if (!schema.getBoolean("nullable", false)) {
                mismatches.add(at + " is null");
            }
            return;
        }
        String type = schema.getString("type", "");
        switch (type) {
            case "object" -> object(value, schema, at, mismatches);
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    mismatches.add(at + " is not an array");
                    return;
                }
                if (schema.containsKey("maxItems") && array.size() > schema.getInt("maxItems")) {
                    mismatches.add(at + " has more than " + schema.getInt("maxItems") + " items");
                }
                JsonObject items = flattened(schema.getJsonObject("items"));
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), items, at + "[" + i + "]", mismatches);
                }
            }
            case "string" -> {
                if (!(value instanceof JsonString text)) {
                    mismatches.add(at + " is not a string");
                } else if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(text)) {
                    mismatches.add(at + " = " + text + " is not one of " + schema.getJsonArray("enum"));
                } else if (schema.containsKey("pattern") && !text.getString().matches(schema.getString("pattern"))) {
                    mismatches.add(at + " = " + text + " does not match " + schema.getString("pattern"));
                } else if (schema.containsKey("maxLength") && text.getString().length() > schema.getInt("maxLength")) {
                    mismatches.add(at + " is longer than " + schema.getInt("maxLength"));
                }
            }
            case "integer", "number" -> {
                if (!(value instanceof JsonNumber number) || type.equals("integer") && !number.isIntegral()) {
                    mismatches.add(at + " is not an " + type);
                } else if (schema.containsKey("minimum") && number.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue()) < 0
                        || schema.containsKey("maximum") && number.bigDecimalValue().compareTo(schema.getJsonNumber("maximum").bigDecimalValue()) > 0) {
                    mismatches.add(at + " = " + number + " is out of range");
                }
            }
            default -> {
                // no type: any value
            }
        }
    }

    private void object(JsonValue value, JsonObject schema, String at, List<String> mismatches) {
        if (!(value instanceof JsonObject object)) {
            mismatches.add(at + " is not an object");
            return;
        }
        JsonObject properties = schema.getJsonObject("properties");
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(name -> !object.containsKey(name)).forEach(name -> mismatches.add(at + "." + name + " is missing"));
        }
        if (properties == null) {
            return;
        }
        object.forEach((name, child) -> {
            if (properties.containsKey(name)) {
                check(child, flattened(properties.getJsonObject(name)), at + "." + name, mismatches);
            } else {
                mismatches.add(at + "." + name + " is not documented");
            }
        });
    }

    /** The schema with its {@code $ref} followed and its {@code allOf} parts merged into it. */
    private JsonObject flattened(JsonObject schema) {
        schema = resolve(schema);
        if (!schema.containsKey("allOf")) {
            return schema;
        }
        JsonObjectBuilder merged = Json.createObjectBuilder();
        JsonObjectBuilder properties = Json.createObjectBuilder();
        Set<JsonValue> required = new LinkedHashSet<>();
        List<JsonObject> parts = new ArrayList<>(schema.getJsonArray("allOf").getValuesAs(JsonObject.class).stream().map(this::flattened).toList());
        parts.add(schema);
        for (JsonObject part : parts) {
            part.forEach((keyword, value) -> {
                switch (keyword) {
                    case "allOf" -> { }
                    case "properties" -> value.asJsonObject().forEach(properties::add);
                    case "required" -> required.addAll(value.asJsonArray());
                    default -> merged.add(keyword, value);
                }
            });
        }
        JsonObject named = properties.build();
        if (!named.isEmpty()) {
            merged.add("properties", named);
        }
        if (!required.isEmpty()) {
            JsonArrayBuilder names = Json.createArrayBuilder();
            required.forEach(names::add);
            merged.add("required", names);
        }
        return merged.build();
    }

    /** Follows a {@code $ref} within the document. */
    JsonObject resolve(JsonObject maybeReference) {
        JsonObject target = maybeReference;
        while (target.containsKey("$ref")) {
            target = Json.createPointer(target.getString("$ref").substring(1)).getValue(json).asJsonObject();
        }
        return target;
    }
}
