package nl.shopfloor.commerce.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.control.Customers;
import nl.shopfloor.commerce.control.Upserted;
import nl.shopfloor.commerce.entity.CustomerData;

/** {@code /api/v1/customers/{id}}: the shop's customers by the shop's own id (docs/shop-api.md). */
@ShopApi
@Path("v1/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersApi {

    @Inject
    Customers customers;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject get(@PathParam("id") String id) {
        return customers.find(shop(), id).map(customer -> CommerceJson.toJson(customer.data()))
                .orElseThrow(() -> JsonBody.notFound("No customer with this id"));
    }

    /** Creates or replaces the customer: 201 when new, 200 when it was there; the same call again changes nothing more. */
    @PUT
    public Response put(@PathParam("id") String id, JsonObject body) {
        CustomerData data = CommerceJson.customer(JsonBody.required(body, CommerceJson.CUSTOMER_EXAMPLE), id);
        Upserted result = Concurrent.retried(() -> customers.upsert(shop(), data));
        return Response.status(result == Upserted.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(CommerceJson.toJson(data)).build();
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }
}
