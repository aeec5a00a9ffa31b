package nl.shopfloor.invites.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.invites.control.RuleChecks;
import nl.shopfloor.invites.entity.ButtonAction;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteButton;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.RuleSettings;
import nl.shopfloor.invites.entity.Optimise;
import nl.shopfloor.invites.entity.SplitMode;
import nl.shopfloor.invites.entity.VariantKind;

/**
 * Invite rules as the shop API reads and writes them (docs/shop-api.md, openapi.json). Here only the JSON's shape is
 * checked (a 400 naming the field); what the values may be is {@code RuleChecks}' to say, with every problem at once.
 */
final class InviteRulesJson {

    static final String EXAMPLE = "{\"id\": \"faq-help\", \"name\": \"FAQ for 45 s\", \"conditions\": {\"type\": \"all\", \"of\": ["
            + "{\"type\": \"pageType\", \"in\": [\"faq\"]}, {\"type\": \"timeOnPage\", \"seconds\": 45}]}, \"variants\": [{\"ref\": \"a\","
            + " \"kind\": \"text\", \"text\": {\"en\": \"Can we help?\", \"nl\": \"Kunnen we helpen?\"}}]}";
    /** generous bounds for the shape check only: RuleChecks refuses what is out of its own range */
    private static final int ANY = 1_000_000;
    private static final int MAX_CONDITIONS_JSON = InviteRule.MAX_CONDITIONS;

    private InviteRulesJson() {
    }

    /** The shop's id of a rule, from the path. */
    static String ref(String ref) {
        if (ref == null || !RuleChecks.RULE_REF.matcher(ref).matches()) {
            throw JsonBody.badRequest("An invite rule's id is 1 to 64 ASCII letters, digits or . _ : # @ + -");
        }
        return ref;
    }

    /** The id a POST names in its body. */
    static String refOf(JsonObject body) {
        return ref(JsonBody.text(JsonBody.required(body, EXAMPLE), "id", InviteRule.MAX_REF));
    }

    /** A PUT's body may repeat the path's id, and name no other. */
    static void sameRef(JsonObject body, String ref) {
        if (body != null && body.containsKey("id") && !(body.get("id") instanceof JsonString id && id.getString().equals(ref))) {
            throw JsonBody.badRequest("'id' in the body must be the id in the path, or be left out");
        }
    }

    static RuleSettings settings(JsonObject body) {
        JsonObject json = JsonBody.required(body, EXAMPLE);
        String name = JsonBody.text(json, "name", InviteRule.MAX_NAME);
        boolean enabled = bool(json, "enabled", true);
        int priority = orElse(JsonBody.optionalWholeNumber(json, "priority", -ANY, ANY), 0);
        if (!(json.get("conditions") instanceof JsonObject conditions)) {
            throw JsonBody.badRequest("'conditions' must be an object, e.g. {\"type\": \"idle\", \"seconds\": 60}");
        }
        String conditionsJson = conditions.toString();
        if (conditionsJson.length() > MAX_CONDITIONS_JSON) {
            throw JsonBody.badRequest("'conditions' may hold at most " + MAX_CONDITIONS_JSON + " characters");
        }
        Duration delay = Duration.ofSeconds(orElse(JsonBody.optionalWholeNumber(json, "delaySeconds", -ANY, ANY), 0));
        Duration display = Duration.ofSeconds(orElse(JsonBody.optionalWholeNumber(json, "displaySeconds", -ANY, ANY), 20));
        Presenter presenter = choice(json, "presenter", Presenter.class, Presenter.ROUTED);
        String presenterRef = optionalText(json, "presenterRef", 40);
        FrequencyCaps caps = caps(json);
        SplitMode split = choice(json, "split", SplitMode.class, SplitMode.FIXED);
        int controlShare = orElse(JsonBody.optionalWholeNumber(json, "controlShare", -ANY, ANY), 0);
        int minShare = orElse(JsonBody.optionalWholeNumber(json, "minShare", -ANY, ANY), 0);
        Optimise optimise = optimise(json);
        List<JsonObject> variantsJson = JsonBody.objects(json, "variants", 20, "[{\"ref\": \"a\", \"kind\": \"text\", \"text\": {\"en\": …, \"nl\": …}}]");
        int count = Math.max(1, variantsJson.size());
        List<InviteVariant> variants = new ArrayList<>();
        for (JsonObject variant : variantsJson) {
            variants.add(variant(variant, 100 / count + (variants.isEmpty() ? 100 % count : 0)));
        }
        return new RuleSettings(name, enabled, priority, conditionsJson, delay, display, presenter, presenterRef, caps, split, controlShare,
                minShare, variants, optimise);
    }

    private static FrequencyCaps caps(JsonObject json) {
        JsonValue value = json.get("caps");
        if (value == null || value == JsonValue.NULL) {
            return FrequencyCaps.NONE;
        }
        if (!(value instanceof JsonObject caps)) {
            throw JsonBody.badRequest("'caps' must be an object: {\"perSession\": 1, \"perDay\": 2, \"daysAfterDismiss\": 7, \"minGapSeconds\": 300}");
        }
        Integer minGap = JsonBody.optionalWholeNumber(caps, "minGapSeconds", -ANY, ANY);
        return new FrequencyCaps(JsonBody.optionalWholeNumber(caps, "perSession", -ANY, ANY), JsonBody.optionalWholeNumber(caps, "perDay", -ANY, ANY),
                JsonBody.optionalWholeNumber(caps, "daysAfterDismiss", -ANY, ANY), minGap == null ? null : Duration.ofSeconds(minGap));
    }

    /** A variant without a share gets an even part of 100 (the first one the rest). */
    private static InviteVariant variant(JsonObject json, int evenShare) {
        String ref = JsonBody.text(json, "ref", 20);
        VariantKind kind = choice(json, "kind", VariantKind.class, VariantKind.TEXT);
        int share = orElse(JsonBody.optionalWholeNumber(json, "share", -ANY, ANY), evenShare);
        Texts text = texts(json, "text", InviteVariant.MAX_TEXT);
        return switch (kind) {
            case TEXT -> InviteVariant.text(ref, share, text.en(), text.nl());
            case QUESTION -> {
                Texts placeholder = json.containsKey("placeholder") ? texts(json, "placeholder", InviteVariant.MAX_LABEL) : new Texts(null, null);
                yield InviteVariant.question(ref, share, text.en(), text.nl(), placeholder.en(), placeholder.nl());
            }
            case BUTTONS -> {
                List<JsonObject> buttons = JsonBody.objects(json, "buttons", 2, "[{\"label\": {\"en\": …, \"nl\": …}, \"action\": \"open_chat\"}, …]");
                if (buttons.size() != 2) {
                    throw JsonBody.badRequest("'buttons' must hold two buttons");
                }
                yield InviteVariant.buttons(ref, share, text.en(), text.nl(), button(buttons.get(0)), button(buttons.get(1)));
            }
        };
    }

    private static InviteButton button(JsonObject json) {
        Texts label = texts(json, "label", InviteVariant.MAX_LABEL);
        return new InviteButton(label.en(), label.nl(), choice(json, "action", ButtonAction.class, null), optionalText(json, "link", 2000));
    }

    private record Texts(String en, String nl) {
    }

    private static Texts texts(JsonObject json, String field, int max) {
        if (!(json.get(field) instanceof JsonObject texts)) {
            throw JsonBody.badRequest("'" + field + "' must be an object: {\"en\": \"…\", \"nl\": \"…\"}");
        }
        // one character over the limit reaches RuleChecks, which says how long it is
        return new Texts(optionalText(texts, "en", max + 1), optionalText(texts, "nl", max + 1));
    }

    private static String optionalText(JsonObject json, String field, int max) {
        JsonValue value = json.get(field);
        return value == null || value == JsonValue.NULL ? null : JsonBody.text(json, field, max);
    }

    private static boolean bool(JsonObject json, String field, boolean absent) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw JsonBody.badRequest("'" + field + "' is true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** As the results API names it: conversion or revenue-per-visitor. */
    private static Optimise optimise(JsonObject json) {
        JsonValue value = json.get("optimise");
        if (value == null || value == JsonValue.NULL) {
            return Optimise.CONVERSION;
        }
        for (Optimise metric : Optimise.values()) {
            if (value instanceof JsonString name && name.getString().equals(InviteResultsJson.wireName(metric))) {
                return metric;
            }
        }
        throw JsonBody.badRequest("'optimise' is one of conversion, revenue-per-visitor");
    }

    private static <E extends Enum<E>> E choice(JsonObject json, String field, Class<E> type, E absent) {
        JsonValue value = json.get(field);
        if ((value == null || value == JsonValue.NULL) && absent != null) {
            return absent;
        }
        List<String> names = java.util.EnumSet.allOf(type).stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        if (value instanceof JsonString name && names.contains(name.getString())) {
            return Enum.valueOf(type, name.getString().toUpperCase(Locale.ROOT));
        }
        throw JsonBody.badRequest("'" + field + "' is one of " + String.join(", ", names));
    }

    private static int orElse(Integer value, int absent) {
        return value == null ? absent : value;
    }

    static JsonObject toJson(InviteRule rule) {
        JsonObjectBuilder caps = CachedJson.createObjectBuilder();
        FrequencyCaps frequency = rule.caps();
        nullable(caps, "perSession", frequency.perSession());
        nullable(caps, "perDay", frequency.perDay());
        nullable(caps, "daysAfterDismiss", frequency.daysAfterDismiss());
        nullable(caps, "minGapSeconds", frequency.minGap() == null ? null : (int) frequency.minGap().toSeconds());
        var variants = CachedJson.createArrayBuilder();
        rule.variants().forEach(variant -> variants.add(toJson(variant)));
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("id", rule.ref()).add("name", rule.name()).add("enabled", rule.isEnabled())
                .add("priority", rule.priority()).add("conditions", conditions(rule.conditions()))
                .add("delaySeconds", rule.delay().toSeconds()).add("displaySeconds", rule.display().toSeconds())
                .add("presenter", rule.presenter().name().toLowerCase(Locale.ROOT));
        if (rule.presenterRef() != null) {
            json.add("presenterRef", rule.presenterRef());
        }
        return json.add("caps", caps).add("split", rule.splitMode().name().toLowerCase(Locale.ROOT)).add("controlShare", rule.controlShare())
                .add("minShare", rule.minShare()).add("optimise", InviteResultsJson.wireName(rule.optimise())).add("variants", variants).add("updatedAt", rule.updatedAt().toString()).build();
    }

    private static JsonObject toJson(InviteVariant variant) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("ref", variant.ref()).add("kind", variant.kind().name().toLowerCase(Locale.ROOT))
                .add("share", variant.share()).add("text", texts(variant.textEn(), variant.textNl()));
        if (variant.kind() == VariantKind.BUTTONS) {
            json.add("buttons", CachedJson.createArrayBuilder().add(toJson(variant.firstButton())).add(toJson(variant.secondButton())));
        }
        if (variant.kind() == VariantKind.QUESTION && (variant.placeholderEn() != null || variant.placeholderNl() != null)) {
            json.add("placeholder", texts(variant.placeholderEn(), variant.placeholderNl()));
        }
        return json.build();
    }

    private static JsonObject toJson(InviteButton button) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("label", texts(button.labelEn(), button.labelNl()))
                .add("action", button.action().name().toLowerCase(Locale.ROOT));
        if (button.link() != null) {
            json.add("link", button.link());
        }
        return json.build();
    }

    private static JsonObject texts(String en, String nl) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        if (en != null) {
            json.add("en", en);
        }
        if (nl != null) {
            json.add("nl", nl);
        }
        return json.build();
    }

    private static JsonValue conditions(String json) {
        try (var reader = CachedJson.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static void nullable(JsonObjectBuilder json, String field, Integer value) {
        if (value != null) {
            json.add(field, value);
        }
    }
}
