package nl.shopfloor.invites.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.invites.control.AbTest;
import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.invites.entity.ArmResult;
import nl.shopfloor.invites.entity.Interval;
import nl.shopfloor.invites.entity.ResultsOfPeriod;
import nl.shopfloor.invites.entity.RuleResults;
import nl.shopfloor.invites.entity.Verdict;

/** The A/B results as the shop API gives them (invites I11; docs/shop-api.md, openapi.json schema InviteResults). */
final class InviteResultsJson {

    private InviteResultsJson() {
    }

    static JsonObject toJson(ResultsOfPeriod results) {
        JsonArrayBuilder rules = CachedJson.createArrayBuilder();
        results.rules().forEach(rule -> rules.add(toJson(rule)));
        return CachedJson.createObjectBuilder().add("from", results.from().toString()).add("to", results.to().toString())
                .add("attributionDays", results.attributionDays()).add("confidence", AbTest.CONFIDENCE)
                .add("minVisitors", AbTest.MIN_VISITORS).add("minBuyers", AbTest.MIN_BUYERS).add("rules", rules).build();
    }

    private static JsonObjectBuilder toJson(RuleResults rule) {
        JsonArrayBuilder arms = CachedJson.createArrayBuilder();
        rule.arms().forEach(arm -> arms.add(toJson(arm)));
        return CachedJson.createObjectBuilder().add("rule", rule.ruleId()).add("name", rule.ruleName())
                .add("optimise", wireName(rule.metric())).add("arms", arms).add("verdict", toJson(rule.verdict()));
    }

    private static JsonObjectBuilder toJson(ArmResult arm) {
        ArmFigures f = arm.figures();
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        if (f.isControl()) {
            json.addNull("variant");
        } else {
            json.add("variant", f.variantRef());
        }
        json.add("controlGroup", f.isControl()).add("visitors", f.visitors()).add("shown", f.shown()).add("clicked", f.clicked())
                .add("dismissed", f.dismissed()).add("chats", f.chats()).add("buyers", f.buyers()).add("orders", f.orders())
                .add("revenue", f.revenue()).add("conversion", f.conversion())
                .add("conversionInterval", interval(arm.conversion())).add("revenuePerVisitor", f.revenuePerVisitor());
        if (arm.conversionVsControl() == null) {
            json.addNull("vsControl");
        } else {
            json.add("vsControl", CachedJson.createObjectBuilder().add("conversion", interval(arm.conversionVsControl()))
                    .add("revenuePerVisitor", interval(arm.revenueVsControl())));
        }
        return json;
    }

    /** Infinite bounds (too few visitors for Welch) are null: JSON has no infinity. */
    private static JsonObjectBuilder interval(Interval interval) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("estimate", interval.estimate());
        bound(json, "low", interval.low());
        bound(json, "high", interval.high());
        return json;
    }

    private static void bound(JsonObjectBuilder json, String name, double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static JsonObjectBuilder toJson(Verdict verdict) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("outcome", wireName(verdict.outcome()));
        if (verdict.winner() == null) {
            json.addNull("winner");
        } else {
            json.add("winner", verdict.winner());
        }
        if (verdict.visitorsStillNeeded() == null) {
            json.addNull("visitorsStillNeeded");
        } else {
            json.add("visitorsStillNeeded", verdict.visitorsStillNeeded());
        }
        return json;
    }

    static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
