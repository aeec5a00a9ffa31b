package nl.shopfloor.commerce.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.LargeBody;
import nl.shopfloor.commerce.control.Orders;
import nl.shopfloor.commerce.control.Upserted;
import nl.shopfloor.commerce.entity.OrderData;

/** {@code /api/v1/orders}: the shop's orders by the shop's own id, one at a time or in batches (docs/shop-api.md). */
@ShopApi
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersApi {

    static final int MAX_BATCH = 5_000;
    private static final String BATCH_EXAMPLE = "{\"mode\": \"all\" or \"valid\", \"orders\": [" + CommerceJson.ORDER_EXAMPLE + ", …]}";

    @Inject
    Orders orders;
    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return orders.find(shop(), id).map(order -> CommerceJson.toJson(order.data()))
                .orElseThrow(() -> JsonBody.notFound("No order with this id"));
    }

    /** Creates or replaces the order, lines included: 201 when new, 200 when it was there. */
    @PUT
    @Path("{id}")
    public Response put(@PathParam("id") String id, JsonObject body) {
        OrderData data = CommerceJson.order(JsonBody.required(body, CommerceJson.ORDER_EXAMPLE), id);
        Upserted result = Concurrent.retried(() -> orders.upsert(shop(), data));
        return Response.status(result == Upserted.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(CommerceJson.toJson(data)).build();
    }

    /**
     * Up to {@link #MAX_BATCH} orders in one call. {@code mode} {@code all} (the default): one bad order and nothing
     * is stored, 422 with the reasons; {@code valid}: the valid orders are stored, the bad ones reported. Either way
     * the answer lists every order by its index: {@code created}, {@code updated}, {@code invalid} with a reason,
     * or {@code skipped} (valid, but not stored because another was invalid).
     */
    @POST
    @Path("batch")
    public Response batch(@LargeBody JsonObject body) {
        JsonBody.required(body, BATCH_EXAMPLE);
        boolean allOrNothing = mode(body);
        List<JsonObject> items = JsonBody.objects(body, "orders", MAX_BATCH, BATCH_EXAMPLE);
        Map<Integer, String> invalid = new LinkedHashMap<>();
        List<OrderData> valid = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                OrderData order = CommerceJson.order(items.get(i), null);
                if (!refs.add(order.ref())) {
                    invalid.put(i, "'id' " + order.ref() + " is in this batch twice");
                    continue;
                }
                valid.add(order);
            } catch (BadRequestException e) {
                invalid.put(i, CommerceJson.reason(e));
            }
        }
        boolean store = invalid.isEmpty() || !allOrNothing;
        Map<String, Upserted> stored = store && !valid.isEmpty() ? Concurrent.retried(() -> orders.upsertAll(shop(), valid)) : Map.of();
        JsonArrayBuilder results = CachedJson.createArrayBuilder();
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonObjectBuilder result = CachedJson.createObjectBuilder().add("index", i);
            if (invalid.containsKey(i)) {
                result.add("result", "invalid").add("error", invalid.get(i));
                if (items.get(i).get("id") instanceof JsonString id) {
                    result.add("id", id.getString());
                }
            } else {
                String ref = valid.get(next++).ref();
                result.add("id", ref).add("result", store ? stored.get(ref).name().toLowerCase(Locale.ROOT) : "skipped");
            }
            results.add(result);
        }
        JsonObject answer = CachedJson.createObjectBuilder().add("stored", store ? valid.size() : 0).add("invalid", invalid.size())
                .add("results", results).build();
        return Response.status(store ? 200 : 422).entity(answer).build();
    }

    private static boolean mode(JsonObject body) {
        JsonValue mode = body.get("mode");
        if (mode == null || mode == JsonValue.NULL) {
            return true;
        }
        if (mode instanceof JsonString text && (text.getString().equals("all") || text.getString().equals("valid"))) {
            return text.getString().equals("all");
        }
        throw JsonBody.badRequest("'mode' must be \"all\" (nothing is stored if one order is invalid) or \"valid\"");
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }
}
