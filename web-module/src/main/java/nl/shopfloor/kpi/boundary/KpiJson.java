package nl.shopfloor.kpi.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.kpi.control.KpiFilter;
import nl.shopfloor.kpi.control.ShopFigures;
import nl.shopfloor.kpi.entity.FirstResponses;

/** The result indicators as the KPI API and the dashboard read them: one mapping, so both show the same numbers. */
public final class KpiJson {

    /** The longest period, in days after its first day, that the API and the KPI page give figures for. */
    public static final int MAX_DAYS = 400;

    private KpiJson() {
    }

    /** A period of whole days, {@code from} and {@code to} included, at most {@link #MAX_DAYS} long. */
    public static LocalDate[] period(String from, String to) {
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        if (!isPeriod(first, last)) {
            throw JsonBody.badRequest("'to' must be on or after 'from', at most " + MAX_DAYS + " days later");
        }
        return new LocalDate[]{first, last};
    }

    public static boolean isPeriod(LocalDate first, LocalDate last) {
        return !last.isBefore(first) && !first.plusDays(MAX_DAYS).isBefore(last);
    }

    private static LocalDate day(String text, String name) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw JsonBody.badRequest("'" + name + "' must be a day such as 2026-11-30");
        }
    }

    public static JsonObject toJson(ShopFigures f) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("from", f.from().toString()).add("to", f.to().toString()).add("filter", toJson(f.filter()))
                .add("attributionDays", f.attributionDays())
                .add("conversations", f.conversations()).add("sessions", f.sessions());
        ratio(json, "engagementRatio", f.engagementRatio());
        json.add("orders", f.orders()).add("revenue", f.revenue());
        ratio(json, "siteConversion", f.siteConversion());
        money(json, "siteAverageOrderValue", f.siteAverageOrderValue());
        json.add("creditedOrders", f.creditedOrders()).add("creditedOrdersDuring", f.creditedDuring())
                .add("creditedOrdersAfter", f.creditedAfter()).add("chatRevenue", f.creditedRevenue())
                .add("chatRevenueDuring", f.creditedRevenueDuring()).add("chatRevenueAfter", f.creditedRevenueAfter());
        ratio(json, "chatConversion", f.chatConversion());
        money(json, "chatAverageOrderValue", f.chatAverageOrderValue());
        json.add("firstResponse", toJson(f.responses())).add("abandonedBeforeAnswer", f.abandoned())
                .add("satisfaction", toJson(f.satisfaction()));
        JsonArrayBuilder agents = CachedJson.createArrayBuilder();
        f.agents().forEach(a -> agents.add(CachedJson.createObjectBuilder().add("agent", a.agent()).add("conversations", a.conversations())
                .add("creditedOrders", a.creditedOrders()).add("chatRevenue", a.creditedRevenue()).add("satisfaction", toJson(a.satisfaction()))));
        JsonArrayBuilder teams = CachedJson.createArrayBuilder();
        f.teams().forEach(t -> {
            JsonObjectBuilder team = CachedJson.createObjectBuilder().add("team", t.team()).add("name", t.name())
                    .add("conversations", t.conversations()).add("creditedOrders", t.creditedOrders()).add("chatRevenue", t.creditedRevenue());
            ratio(team, "chatConversion", t.chatConversion());
            teams.add(team.add("firstResponse", toJson(t.responses())).add("satisfaction", toJson(t.satisfaction())));
        });
        return json.add("agents", agents).add("teams", teams).build();
    }

    /** The filter the chat-side figures follow; the criteria not set are left out. */
    private static JsonObjectBuilder toJson(KpiFilter filter) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        optional(json, "team", filter.team());
        optional(json, "agent", filter.agent());
        optional(json, "topic", filter.topic());
        optional(json, "page", filter.page());
        optional(json, "origin", filter.origin() == null ? null : filter.origin().wireName());
        return json;
    }

    private static JsonObjectBuilder toJson(FirstResponses r) {
        JsonObjectBuilder responses = CachedJson.createObjectBuilder().add("answered", r.answered())
                .add("withinTarget", r.withinTarget()).add("counted", r.counted()).add("targetSeconds", r.target().toSeconds());
        if (r.median() != null) {
            responses.add("medianMillis", r.median().toMillis()).add("p90Millis", r.p90().toMillis());
        }
        ratio(responses, "withinTargetShare", r.withinTargetShare());
        return responses;
    }

    private static void optional(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    /** CSAT: {@code answers}, {@code satisfied} (4 or 5 stars), {@code satisfiedShare}, {@code averageStars}. */
    private static JsonObjectBuilder toJson(ShopFigures.Satisfaction s) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("answers", s.answers()).add("satisfied", s.satisfied());
        ratio(json, "satisfiedShare", s.satisfiedShare());
        ratio(json, "averageStars", s.averageStars());
        return json;
    }

    private static void ratio(JsonObjectBuilder json, String field, Double value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }

    private static void money(JsonObjectBuilder json, String field, BigDecimal value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
