package nl.shopfloor.chat.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.shopfloor.CachedJson;

/**
 * What the shop's page says is in the shopper's cart (chat C20): lines and, if the shop gives them, a total and
 * its currency. Read from the widget's frame and from the stored copy the same way, so only these fields ever
 * reach an agent.
 */
public record Cart(List<Line> lines, BigDecimal total, String currency) {

    public static final int MAX_LINES = 50;
    static final int MAX_SKU = 100;
    static final int MAX_NAME = 200;
    static final int MAX_QUANTITY = 100_000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public record Line(String sku, String name, int quantity, BigDecimal price) {
    }

    public Cart {
        lines = List.copyOf(lines);
    }

    /** @throws IllegalArgumentException saying which field is wrong */
    public static Cart fromJson(JsonObject json) {
        if (!(json.get("items") instanceof JsonArray items)) {
            throw new IllegalArgumentException("'items' must be a list");
        }
        if (items.size() > MAX_LINES) {
            throw new IllegalArgumentException("A cart may hold at most " + MAX_LINES + " lines");
        }
        List<Line> lines = new ArrayList<>();
        for (JsonValue item : items) {
            if (!(item instanceof JsonObject line)) {
                throw new IllegalArgumentException("Each of 'items' must be an object");
            }
            String sku = text(line, "sku", MAX_SKU);
            String name = text(line, "name", MAX_NAME);
            if (sku == null && name == null) {
                throw new IllegalArgumentException("A cart line needs a 'sku' or a 'name'");
            }
            BigDecimal quantity = amount(line, "quantity");
            if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0
                    || quantity.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
                throw new IllegalArgumentException("A cart line's 'quantity' must be a whole number from 1 to " + MAX_QUANTITY);
            }
            lines.add(new Line(sku, name, quantity.intValueExact(), amount(line, "price")));
        }
        String currency = text(json, "currency", 10);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("'currency' must be an ISO 4217 code such as EUR");
        }
        return new Cart(lines, amount(json, "total"), currency);
    }

    public JsonObject toJson() {
        JsonArrayBuilder items = CachedJson.createArrayBuilder();
        lines.forEach(line -> {
            var json = CachedJson.createObjectBuilder().add("quantity", line.quantity());
            if (line.sku() != null) {
                json.add("sku", line.sku());
            }
            if (line.name() != null) {
                json.add("name", line.name());
            }
            if (line.price() != null) {
                json.add("price", line.price());
            }
            items.add(json);
        });
        var json = CachedJson.createObjectBuilder().add("items", items);
        if (total != null) {
            json.add("total", total);
        }
        if (currency != null) {
            json.add("currency", currency);
        }
        return json.build();
    }

    private static String text(JsonObject json, String field, int max) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        String clean = CONTROL.matcher(string.getString()).replaceAll(" ").strip();
        if (clean.length() > max) {
            throw new IllegalArgumentException("'" + field + "' may hold at most " + max + " characters");
        }
        return clean.isEmpty() ? null : clean;
    }

    /** A non-negative amount below a billion, at most two decimals kept as given; null when absent. */
    private static BigDecimal amount(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new IllegalArgumentException("'" + field + "' must be a number");
        }
        BigDecimal amount = number.bigDecimalValue();
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 4) {
            throw new IllegalArgumentException("'" + field + "' must be a number from 0 to " + MAX_AMOUNT.toPlainString()
                    + " with at most 4 decimals");
        }
        return amount;
    }
}
