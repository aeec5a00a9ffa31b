package nl.shopfloor.invites.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;

/**
 * Turns a rule's conditions JSON ({@code docs/invites.md}) into one predicate, or refuses it with every problem found
 * (invites I1): unknown types and fields, missing or out-of-range values, patterns that are too long or too costly,
 * nesting deeper than {@link #MAX_DEPTH} or more than {@link #MAX_CONDITIONS} conditions.
 */
public final class ConditionParser {

    static final int MAX_DEPTH = 6;
    static final int MAX_CONDITIONS = 100;
    static final int MAX_LIST = 20;
    static final int MAX_SECONDS = 86_400;
    static final int MAX_DAYS = 3650;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    static final String ROOT = "conditions";

    private final Problems problems = new Problems();
    private int conditions;

    private ConditionParser() {
    }

    /** @throws RuleRefused listing every problem */
    public static Predicate<Activity> parse(String json) {
        ConditionParser parser = new ConditionParser();
        Predicate<Activity> parsed = parser.parseDocument(json);
        parser.problems.refuseAny();
        return parsed;
    }

    /**
     * Whether the conditions hold for this activity and, when not, the first condition that does not: in an "all" its
     * first part that fails, for an "any" of which no part holds the "any" itself (invites I9, the dashboard's test).
     *
     * @throws RuleRefused when the conditions do not parse
     */
    public static Explanation explain(String json, Activity activity) {
        parse(json);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return explain(reader.readObject(), ROOT, activity);
        }
    }

    private static Explanation explain(JsonObject condition, String path, Activity activity) {
        String type = condition.getString("type");
        if (type.equals("all") || type.equals("any")) {
            JsonArray of = condition.getJsonArray("of");
            for (int i = 0; i < of.size(); i++) {
                Explanation part = explain(of.getJsonObject(i), path + ".of[" + i + "]", activity);
                if (part.holds() == type.equals("any")) {
                    return type.equals("any") ? Explanation.HOLDS : part;
                }
            }
            return type.equals("all") ? Explanation.HOLDS : new Explanation(false, path, condition.toString());
        }
        return parse(condition.toString()).test(activity) ? Explanation.HOLDS : new Explanation(false, path, condition.toString());
    }

    /**
     * @param path      where the failing condition is ("conditions.of[1]"); null when they hold
     * @param condition the failing condition's JSON; null when they hold
     */
    public record Explanation(boolean holds, String path, String condition) {
        static final Explanation HOLDS = new Explanation(true, null, null);
    }

    /** Every condition type with its fields besides "type", in the order the docs list them (for the dashboard's editor). */
    public static Map<String, List<String>> types() {
        Map<String, List<String>> types = new java.util.LinkedHashMap<>();
        new ConditionParser().known.forEach((type, kind) -> types.put(type, kind.fields()));
        return types;
    }

    private Predicate<Activity> parseDocument(String json) {
        if (json == null || json.isBlank()) {
            problems.add(ROOT, "missing");
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue root = reader.readValue();
            return condition(root, ROOT, 1);
        } catch (JsonException | IllegalStateException e) {
            problems.add(ROOT, "notJson", e.getMessage());
            return null;
        }
    }

    private Predicate<Activity> condition(JsonValue value, String path, int depth) {
        if (!(value instanceof JsonObject object)) {
            problems.add(path, "notCondition");
            return null;
        }
        if (++conditions == MAX_CONDITIONS + 1) {
            problems.add(path, "tooManyConditions", MAX_CONDITIONS);
        }
        if (!(object.get("type") instanceof JsonString type)) {
            problems.add(path + ".type", "typeMissing", String.join(", ", known.keySet()));
            return null;
        }
        Kind kind = known.get(type.getString());
        if (kind == null) {
            problems.add(path + ".type", "typeUnknown", type.getString(), String.join(", ", known.keySet()));
            return null;
        }
        for (String field : object.keySet()) {
            if (!field.equals("type") && !kind.fields().contains(field)) {
                if (kind.fields().isEmpty()) {
                    problems.add(path + "." + field, "fieldOfNone", type.getString());
                } else {
                    problems.add(path + "." + field, "fieldUnknown", type.getString(), String.join(", ", kind.fields()));
                }
            }
        }
        return kind.parse().apply(new Fields(object, path, depth));
    }

    /** A condition type: its fields besides "type", and how to parse them. */
    private record Kind(List<String> fields, Function<Fields, Predicate<Activity>> parse) {
    }

    private final Map<String, Kind> known = kinds();

    private Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new java.util.LinkedHashMap<>();
        kinds.put("all", new Kind(List.of("of"), f -> group(f, false)));
        kinds.put("any", new Kind(List.of("of"), f -> group(f, true)));
        kinds.put("url", new Kind(List.of("matches", "except"), f -> orNull(patterns(f), Conditions::url)));
        kinds.put("referrer", new Kind(List.of("matches", "except"), f -> orNull(patterns(f), Conditions::referrer)));
        kinds.put("pageType", new Kind(List.of("in"), f -> orNull(enums(f, PageType.class), Conditions::pageType)));
        kinds.put("timeOnPage", new Kind(List.of("seconds"), f -> orNull(seconds(f, "seconds", 0), Conditions::timeOnPage)));
        kinds.put("timeOnSite", new Kind(List.of("seconds"), f -> orNull(seconds(f, "seconds", 0), Conditions::timeOnSite)));
        kinds.put("idle", new Kind(List.of("seconds"), f -> orNull(seconds(f, "seconds", 0), Conditions::idle)));
        kinds.put("productPageWithoutAddToCart", new Kind(List.of("seconds"),
                f -> orNull(seconds(f, "seconds", 0), Conditions::productPageWithoutAddToCart)));
        kinds.put("cartValue", new Kind(List.of("atLeast"), f -> orNull(amount(f), Conditions::cartValue)));
        kinds.put("lifetimeValue", new Kind(List.of("atLeast"), f -> orNull(amount(f), Conditions::lifetimeValue)));
        kinds.put("outOfStockViewed", new Kind(List.of(), f -> Conditions.outOfStockViewed()));
        kinds.put("productViewedAgain", new Kind(List.of(), f -> Conditions.productViewedAgain()));
        kinds.put("event", new Kind(List.of("name", "times", "withinSeconds"), this::event));
        kinds.put("exitIntent", new Kind(List.of(), f -> Conditions.exitIntent()));
        kinds.put("pagesViewed", new Kind(List.of("atLeast"), f -> orNull(whole(f, "atLeast", 1, 10_000, true), Conditions::pagesViewed)));
        kinds.put("scrollDepth", new Kind(List.of("atLeast"), f -> orNull(whole(f, "atLeast", 0, 100, true), Conditions::scrollDepth)));
        kinds.put("visitor", new Kind(List.of("is"), this::visitor));
        kinds.put("conversationBefore", new Kind(List.of("withinDays"), this::conversationBefore));
        kinds.put("segment", new Kind(List.of("in"), f -> orNull(words(f), Conditions::segment)));
        kinds.put("language", new Kind(List.of("in"), f -> orNull(words(f), Conditions::language)));
        kinds.put("device", new Kind(List.of("in"), f -> orNull(enums(f, DeviceType.class), Conditions::device)));
        kinds.put("withinOpeningHours", new Kind(List.of(), f -> Conditions.withinOpeningHours(true)));
        kinds.put("outsideOpeningHours", new Kind(List.of(), f -> Conditions.withinOpeningHours(false)));
        return kinds;
    }

    /** One condition's fields, where they are, and how deep the condition sits. */
    private record Fields(JsonObject object, String path, int depth) {
        String at(String field) {
            return path + "." + field;
        }
    }

    private Predicate<Activity> group(Fields f, boolean any) {
        if (f.depth() >= MAX_DEPTH) {
            problems.add(f.path(), "tooDeep", MAX_DEPTH);
            return null;
        }
        if (!(f.object().get("of") instanceof JsonArray of)) {
            problems.add(f.at("of"), "groupMissing");
            return null;
        }
        if (any && of.isEmpty()) {
            problems.add(f.at("of"), "anyOfNothing");
            return null;
        }
        List<Predicate<Activity>> parts = new ArrayList<>();
        for (int i = 0; i < of.size(); i++) {
            parts.add(condition(of.get(i), f.at("of") + "[" + i + "]", f.depth() + 1));
        }
        if (parts.contains(null)) {
            return null;
        }
        return any ? Conditions.any(parts) : Conditions.all(parts);
    }

    private TextPatterns patterns(Fields f) {
        List<Predicate<String>> matches = patternList(f, "matches", true);
        List<Predicate<String>> except = patternList(f, "except", false);
        return matches == null || except == null ? null : TextPatterns.of(matches, except);
    }

    private List<Predicate<String>> patternList(Fields f, String field, boolean required) {
        List<String> texts = strings(f, field, required);
        if (texts == null) {
            return null;
        }
        List<Predicate<String>> compiled = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            compiled.add(TextPatterns.compile(texts.get(i), f.at(field) + "[" + i + "]", problems));
        }
        return compiled.contains(null) ? null : compiled;
    }

    private <E extends Enum<E>> Set<E> enums(Fields f, Class<E> type) {
        List<String> names = strings(f, "in", true);
        if (names == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                values.add(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(f.at("in"), "valueUnknown", name, String.join(", ", EnumSet.allOf(type).stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
                return null;
            }
        }
        return values;
    }

    private Set<String> words(Fields f) {
        List<String> words = strings(f, "in", true);
        if (words == null) {
            return null;
        }
        Set<String> lowerCase = new HashSet<>();
        for (String word : words) {
            if (word.isBlank() || word.length() > 40) {
                problems.add(f.at("in"), "wordLength", 40);
                return null;
            }
            lowerCase.add(word.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(lowerCase);
    }

    /** A list of 1 (0 unless required) to {@link #MAX_LIST} strings; an optional list that is absent is empty. */
    private List<String> strings(Fields f, String field, boolean required) {
        JsonValue value = f.object().get(field);
        if (value == null && !required) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > MAX_LIST || required && array.isEmpty()
                || !array.stream().allMatch(JsonString.class::isInstance)) {
            problems.add(f.at(field), "texts", required ? 1 : 0, MAX_LIST);
            return null;
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private Predicate<Activity> event(Fields f) {
        JsonValue name = f.object().get("name");
        String eventName = name instanceof JsonString text && !text.getString().isBlank() && text.getString().length() <= 64 ? text.getString() : null;
        if (eventName == null) {
            problems.add(f.at("name"), "eventName", 64);
        }
        Integer times = whole(f, "times", 1, 1000, false);
        Duration window = seconds(f, "withinSeconds", 1);
        return eventName == null || times == null || window == null ? null
                : Conditions.event(eventName, times, window);
    }

    private Predicate<Activity> visitor(Fields f) {
        JsonValue is = f.object().get("is");
        if (is instanceof JsonString text && (text.getString().equals("new") || text.getString().equals("returning"))) {
            return Conditions.returningVisitor(text.getString().equals("returning"));
        }
        problems.add(f.at("is"), "visitorIs");
        return null;
    }

    private Predicate<Activity> conversationBefore(Fields f) {
        if (!f.object().containsKey("withinDays")) {
            return Conditions.conversationBefore(null);
        }
        Integer days = whole(f, "withinDays", 1, MAX_DAYS, true);
        return days == null ? null : Conditions.conversationBefore(Duration.ofDays(days));
    }

    private Duration seconds(Fields f, String field, int min) {
        Integer seconds = whole(f, field, min, MAX_SECONDS, true);
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    /** A whole number within bounds; 1 for an optional one that is absent. */
    private Integer whole(Fields f, String field, int min, int max, boolean required) {
        JsonValue value = f.object().get(field);
        if (value == null && !required) {
            return 1;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.intValue();
        }
        problems.add(f.at(field), "wholeNumber", min, max);
        return null;
    }

    private BigDecimal amount(Fields f) {
        JsonValue value = f.object().get("atLeast");
        if (value instanceof JsonNumber number && number.bigDecimalValue().signum() >= 0 && number.bigDecimalValue().compareTo(MAX_AMOUNT) <= 0) {
            return number.bigDecimalValue();
        }
        problems.add(f.at("atLeast"), "amount", MAX_AMOUNT.toPlainString());
        return null;
    }

    private static <T> Predicate<Activity> orNull(T parsed, Function<T, Predicate<Activity>> condition) {
        return parsed == null ? null : condition.apply(parsed);
    }
}
