package nl.shopfloor.chat.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.PageView;
import nl.shopfloor.invites.entity.ShopEvent;
import nl.shopfloor.invites.entity.Shopper;
import nl.shopfloor.invites.entity.StockState;
import nl.shopfloor.invites.entity.Visit;

/**
 * Reads an {@code activity} frame (docs/widget-protocol.md, "Invites") into the {@link Activity} the rules are
 * evaluated on. Every field is checked — type, length, range — and a bad one refuses the whole frame with
 * {@code invalid} naming it. The server's own clock gives the activity its time and the events theirs ("so long
 * ago"), and what the widget says about time is held to what the socket has seen: a page cannot have been open much
 * longer than its socket, nor idle longer than it was open.
 */
final class ActivityFrames {

    static final int MAX_URL = 2000;
    static final int MAX_REFERRER = 500;
    static final int MAX_PRODUCT = 100;
    static final int MAX_EVENTS = 20;
    static final long MAX_SECONDS = Duration.ofDays(1).toSeconds();
    static final long MAX_AGO_MILLIS = Duration.ofDays(1).toMillis();
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000);
    /** The widget opens its socket once the page is idle: a slow page may have been open this much longer. */
    static final Duration PAGE_BEFORE_SOCKET = Duration.ofSeconds(60);

    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,40}");
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,40}");

    /** What the server knows of the socket and the shopper, to go with what the widget reports. */
    record Known(Instant now, Instant socketOpenedAt, String language, Shopper shopper, boolean withinOpeningHours) {
    }

    private ActivityFrames() {
    }

    static Activity activity(JsonObject frame, Known known) {
        JsonObject page = object(frame, "page");
        JsonObject visit = object(frame, "visit");
        Duration socketAge = Duration.between(known.socketOpenedAt(), known.now()).plus(PAGE_BEFORE_SOCKET);
        Duration onPage = min(seconds(page, "page.onPage"), socketAge);
        Duration idle = min(seconds(page, "page.idle"), onPage);
        Duration onSite = max(seconds(visit, "visit.onSite"), onPage);
        JsonObject cart = optionalObject(visit, "visit.cart");
        Shopper shopper = known.shopper();
        if (flag(visit, "visit.returning") && !shopper.returning()) {
            shopper = new Shopper(shopper.visitorId(), true, shopper.conversations(), shopper.lastConversationAt(), shopper.segment(),
                    shopper.lifetimeValue());
        }
        return new Activity(known.now(),
                new PageView(string(page, "page.url", MAX_URL, true), pageType(page), string(page, "page.productId", MAX_PRODUCT, false),
                        amount(page, "page.price"), stock(page), flag(page, "page.addedToCart"), onPage, idle,
                        (int) whole(page, "page.scroll", 0, 100), flag(page, "page.exitIntent"), flag(page, "page.seenBefore")),
                new Visit(session(frame), onSite, (int) whole(visit, "visit.views", 0, 100_000),
                        cart == null ? BigDecimal.ZERO : orZero(amount(cart, "visit.cart.value")),
                        cart == null ? 0 : (int) whole(cart, "visit.cart.items", 0, 100_000),
                        string(visit, "visit.referrer", MAX_REFERRER, false), known.language(), device(visit), events(visit, known.now()),
                        known.withinOpeningHours()),
                shopper);
    }

    private static String session(JsonObject frame) {
        String session = string(frame, "session", 40, false);
        if (session == null || !SESSION.matcher(session).matches()) {
            throw invalid("session", "8-40 letters, digits, '-' or '_'");
        }
        return session;
    }

    private static PageType pageType(JsonObject page) {
        String type = string(page, "page.type", 20, false);
        try {
            return type == null ? PageType.OTHER : PageType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("page.type", "one of product, category, search, cart, checkout, account, faq, other");
        }
    }

    private static StockState stock(JsonObject page) {
        String stock = string(page, "page.stock", 20, false);
        if (stock == null) {
            return StockState.UNKNOWN;
        }
        return switch (stock) {
            case "in_stock" -> StockState.IN_STOCK;
            case "out_of_stock" -> StockState.OUT_OF_STOCK;
            default -> throw invalid("page.stock", "in_stock or out_of_stock");
        };
    }

    private static DeviceType device(JsonObject visit) {
        String device = string(visit, "visit.device", 10, false);
        try {
            return device == null ? DeviceType.DESKTOP : DeviceType.valueOf(device.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("visit.device", "desktop, mobile or tablet");
        }
    }

    private static List<ShopEvent> events(JsonObject visit, Instant now) {
        JsonValue value = visit.get("events");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > MAX_EVENTS) {
            throw invalid("visit.events", "a list of at most " + MAX_EVENTS + " events");
        }
        List<ShopEvent> events = new ArrayList<>();
        for (JsonValue each : array) {
            if (!(each instanceof JsonObject event)) {
                throw invalid("visit.events", "a list of {name, ago} objects");
            }
            String name = string(event, "visit.events.name", 40, true);
            if (!EVENT_NAME.matcher(name).matches()) {
                throw invalid("visit.events.name", "1-40 letters, digits, '_', '.', ':' or '-'");
            }
            events.add(new ShopEvent(name, now.minusMillis(whole(event, "visit.events.ago", 0, MAX_AGO_MILLIS))));
        }
        events.sort((a, b) -> a.at().compareTo(b.at()));
        return events;
    }

    private static JsonObject object(JsonObject frame, String field) {
        JsonObject object = optionalObject(frame, field);
        if (object == null) {
            throw invalid(field, "an object");
        }
        return object;
    }

    private static JsonObject optionalObject(JsonObject parent, String path) {
        JsonValue value = parent.get(leaf(path));
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw invalid(path, "an object");
        }
        return object;
    }

    private static String string(JsonObject parent, String path, int max, boolean required) {
        String text;
        try {
            text = Frames.optionalString(parent, leaf(path), max, null);
        } catch (InvalidFrame e) {
            throw invalid(path, "a string of at most " + max + " characters");
        }
        if (text == null || text.isEmpty()) {
            if (required) {
                throw invalid(path, "a string of 1 to " + max + " characters");
            }
            return null;
        }
        return text;
    }

    private static boolean flag(JsonObject parent, String path) {
        JsonValue value = parent.get(leaf(path));
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw invalid(path, "true or false");
    }

    private static long whole(JsonObject parent, String path, long min, long max) {
        JsonValue value = parent.get(leaf(path));
        if (value == null || value == JsonValue.NULL) {
            return min;
        }
        try {
            if (value instanceof JsonNumber number) {
                long whole = number.longValueExact();
                if (whole >= min && whole <= max) {
                    return whole;
                }
            }
        } catch (ArithmeticException e) {
            // a fraction or beyond long: refused below
        }
        throw invalid(path, "a whole number from " + min + " to " + max);
    }

    private static Duration seconds(JsonObject parent, String path) {
        return Duration.ofSeconds(whole(parent, path, 0, MAX_SECONDS));
    }

    /** A price or cart value: 0 to 10⁹ with at most 4 decimals; null when absent. */
    private static BigDecimal amount(JsonObject parent, String path) {
        JsonValue value = parent.get(leaf(path));
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            BigDecimal amount = number.bigDecimalValue();
            if (amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0 && amount.stripTrailingZeros().scale() <= 4) {
                return amount;
            }
        }
        throw invalid(path, "an amount from 0 to 1000000000 with at most 4 decimals");
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static InvalidFrame invalid(String path, String what) {
        return new InvalidFrame("invalid", "'" + path + "' must be " + what);
    }
}
