package nl.shopfloor.kpi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.kpi.control.SalesFigures;

/** {@code GET /api/v1/kpi?from=&to=} (and the filters, {@link KpiParams}): the same figures the supervisors' dashboard shows, for the shop's own reports. */
@ShopApi
@Path("v1/kpi")
@Produces(MediaType.APPLICATION_JSON)
public class KpiApi {

    @Inject
    SalesFigures figures;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject figures(@BeanParam KpiParams query) {
        LocalDate[] period = query.period();
        return KpiJson.toJson(figures.of(ShopApiGuard.callerOf(request).shopId(), period[0], period[1], query.filter()));
    }
}
