package nl.shopfloor.commerce.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.entity.CustomerData;
import nl.shopfloor.commerce.entity.OrderData;
import nl.shopfloor.commerce.entity.OrderLine;
import nl.shopfloor.commerce.entity.OrderStatus;

/**
 * Customers and orders as the shop API reads and writes them. Every field is checked here, before anything is
 * stored; a bad one is a 400 ({@link JsonBody#badRequest}) naming the field and what it must be.
 */
public final class CommerceJson {

    static final String CUSTOMER_EXAMPLE = "{\"id\": \"C-1001\", \"email\": \"an@example.com\", \"name\": \"An de Vries\","
            + " \"company\": \"De Vries BV\", \"segment\": \"b2b\", \"lifetimeValue\": 12500.00}";
    static final String ORDER_EXAMPLE = "{\"id\": \"O-2001\", \"customer\": \"C-1001\", \"visitor\": \"<the widget's visitor id>\","
            + " \"totalExclVat\": 826.45, \"totalInclVat\": 1000.00, \"currency\": \"EUR\", \"placedAt\": \"2026-11-30T14:03:00Z\","
            + " \"status\": \"paid\", \"lines\": [{\"sku\": \"XPS13\", \"name\": \"Dell XPS 13\", \"quantity\": 1, \"price\": 826.45}]}";
    static final int MAX_LINES = 500;
    /** 12 digits before the point, 2 after: DECIMAL(14, 2). */
    private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._:#@+-]{1,64}");
    private static final Pattern VISITOR = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

    private CommerceJson() {
    }

    static CustomerData customer(JsonObject json, String ref) {
        ref = ref(json, ref);
        return new CustomerData(ref, email(json), optionalText(json, "name", 120), optionalText(json, "company", 120),
                optionalText(json, "segment", 40), optionalMoney(json, "lifetimeValue"));
    }

    static OrderData order(JsonObject json, String ref) {
        ref = ref(json, ref);
        String customer = json.get("customer") == null || json.get("customer") == JsonValue.NULL ? null : refField(json, "customer");
        String visitor = optionalText(json, "visitor", 40);
        if (visitor != null && !VISITOR.matcher(visitor).matches()) {
            throw JsonBody.badRequest("'visitor' must be the visitor id the widget gave the page");
        }
        BigDecimal excl = money(json, "totalExclVat");
        BigDecimal incl = money(json, "totalInclVat");
        if (incl.compareTo(excl) < 0) {
            throw JsonBody.badRequest("'totalInclVat' cannot be less than 'totalExclVat'");
        }
        String currency = JsonBody.text(json, "currency", 3);
        if (!CURRENCY.matcher(currency).matches()) {
            throw JsonBody.badRequest("'currency' must be an ISO 4217 code such as EUR");
        }
        return new OrderData(ref, customer, visitor, excl, incl, currency, instant(json, "placedAt"), status(json), lines(json));
    }

    private static String ref(JsonObject json, String fromPath) {
        if (fromPath != null) {
            if (!REF.matcher(fromPath).matches()) {
                throw JsonBody.badRequest("The id in the path must be 1 to 64 letters, digits or . _ : # @ + -");
            }
            if (json.containsKey("id") && !(json.get("id") instanceof JsonString id && id.getString().equals(fromPath))) {
                throw JsonBody.badRequest("'id' in the body must be the id in the path, or be left out");
            }
            return fromPath;
        }
        return refField(json, "id");
    }

    private static String refField(JsonObject json, String field) {
        String ref = JsonBody.text(json, field, 64);
        if (!REF.matcher(ref).matches()) {
            throw JsonBody.badRequest("'" + field + "' must be 1 to 64 letters, digits or . _ : # @ + -");
        }
        return ref;
    }

    private static String email(JsonObject json) {
        String email = optionalText(json, "email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw JsonBody.badRequest("'email' must be an e-mail address");
        }
        return email;
    }

    private static String optionalText(JsonObject json, String field, int max) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String text = JsonBody.text(json, field, max).strip();
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw JsonBody.badRequest("'" + field + "' may not hold control characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal money(JsonObject json, String field) {
        BigDecimal amount = optionalMoney(json, field);
        if (amount == null) {
            throw JsonBody.badRequest("'" + field + "' must be an amount such as 1000.00");
        }
        return amount;
    }

    /** At most two decimals and 0 to {@link #MAX_MONEY}: what DECIMAL(14, 2) holds without rounding. */
    private static BigDecimal optionalMoney(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw JsonBody.badRequest("'" + field + "' must be a number such as 1000.00");
        }
        BigDecimal amount = number.bigDecimalValue();
        if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw JsonBody.badRequest("'" + field + "' must be from 0 to " + MAX_MONEY.toPlainString() + " with at most two decimals");
        }
        return amount.setScale(2);
    }

    private static Instant instant(JsonObject json, String field) {
        String text = JsonBody.text(json, field, 40);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw JsonBody.badRequest("'" + field + "' must be a UTC time such as 2026-11-30T14:03:00Z");
        }
    }

    private static OrderStatus status(JsonObject json) {
        String text = JsonBody.text(json, "status", 20);
        try {
            return OrderStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JsonBody.badRequest("'status' must be one of placed, paid, cancelled, refunded");
        }
    }

    private static List<OrderLine> lines(JsonObject json) {
        if (json.get("lines") == null || json.get("lines") == JsonValue.NULL) {
            return List.of();
        }
        List<OrderLine> lines = new ArrayList<>();
        List<JsonObject> items = JsonBody.objects(json, "lines", MAX_LINES, "[{\"sku\": \"XPS13\", \"name\": \"Dell XPS 13\", \"quantity\": 1, \"price\": 826.45}]");
        for (int i = 0; i < items.size(); i++) {
            JsonObject line = items.get(i);
            try {
                lines.add(new OrderLine(refField(line, "sku"), JsonBody.text(line, "name", 200), JsonBody.wholeNumber(line, "quantity", 1, 1_000_000),
                        money(line, "price")));
            } catch (jakarta.ws.rs.BadRequestException e) {
                throw JsonBody.badRequest("lines[" + i + "]: " + reason(e));
            }
        }
        return lines;
    }

    /** The reason a {@link JsonBody#badRequest} carries. */
    static String reason(jakarta.ws.rs.WebApplicationException e) {
        return e.getResponse().getEntity() instanceof JsonObject body ? body.getString("error", "invalid") : "invalid";
    }

    public static JsonObject toJson(CustomerData customer) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("id", customer.ref());
        add(json, "email", customer.email());
        add(json, "name", customer.name());
        add(json, "company", customer.company());
        add(json, "segment", customer.segment());
        if (customer.lifetimeValue() != null) {
            json.add("lifetimeValue", customer.lifetimeValue());
        }
        return json.build();
    }

    public static JsonObject toJson(OrderData order) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("id", order.ref());
        add(json, "customer", order.customerRef());
        add(json, "visitor", order.visitorId());
        json.add("totalExclVat", order.totalExclVat()).add("totalInclVat", order.totalInclVat()).add("currency", order.currency())
                .add("placedAt", order.placedAt().toString()).add("status", order.status().name().toLowerCase(Locale.ROOT));
        JsonArrayBuilder lines = CachedJson.createArrayBuilder();
        order.lines().forEach(line -> lines.add(CachedJson.createObjectBuilder().add("sku", line.sku()).add("name", line.name())
                .add("quantity", line.quantity()).add("price", line.unitPrice())));
        return json.add("lines", lines).build();
    }

    private static void add(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }
}
