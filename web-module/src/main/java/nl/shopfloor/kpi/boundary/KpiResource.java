package nl.shopfloor.kpi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.kpi.control.SalesFigures;

/** {@code GET /api/kpi?from=&to=}: the logged-in supervisor's shop's result indicators. web.xml: supervisors and admins. */
@Path("kpi")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    SalesFigures figures;

    @GET
    public JsonObject figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = KpiJson.period(from, to);
        String shop = agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
        return KpiJson.toJson(figures.of(shop, period[0], period[1]));
    }
}
