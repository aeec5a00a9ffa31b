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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.kpi.control.SalesFigures;

/**
 * {@code GET /api/kpi?from=&to=}: the logged-in supervisor's shop's result indicators, and
 * {@code GET /api/kpi/agents.csv?from=&to=} the per-agent ones as CSV (the KPI page's export). web.xml: supervisors and admins.
 */
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
        return KpiJson.toJson(figures.of(callersShop(), period[0], period[1]));
    }

    @GET
    @Path("agents.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response agentsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = KpiJson.period(from, to);
        return Response.ok(AgentsCsv.of(figures.of(callersShop(), period[0], period[1])))
                .header("Content-Disposition", "attachment; filename=\"kpi-agents-" + period[0] + "-" + period[1] + ".csv\"").build();
    }

    private String callersShop() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
