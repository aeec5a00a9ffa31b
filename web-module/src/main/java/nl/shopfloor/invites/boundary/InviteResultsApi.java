package nl.shopfloor.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.invites.control.InviteResults;

/** {@code GET /api/v1/invite-results?from=&to=}: the A/B results per rule and arm the dashboard shows (invites I11). */
@ShopApi
@Path("v1/invite-results")
@Produces(MediaType.APPLICATION_JSON)
public class InviteResultsApi {

    @Inject
    InviteResults results;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject results(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = ResultsPeriod.of(from, to);
        return InviteResultsJson.toJson(results.of(ShopApiGuard.callerOf(request).shopId(), period[0], period[1]));
    }
}
