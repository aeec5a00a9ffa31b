package nl.shopfloor.kpi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.Function;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.kpi.control.SalesFigures;
import nl.shopfloor.kpi.control.ShopFigures;

/**
 * {@code GET /api/kpi?from=&to=} (and the filters {@code team, agent, topic, page, origin}): the logged-in
 * supervisor's shop's result indicators, and {@code GET /api/kpi/agents.csv} and {@code /api/kpi/teams.csv} with the
 * same query the per-agent and per-team ones as CSV (the KPI page's exports). web.xml: supervisors and admins.
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
    public JsonObject figures(@BeanParam KpiParams query) {
        LocalDate[] period = query.period();
        return KpiJson.toJson(figures.of(callersShop(), period[0], period[1], query.filter()));
    }

    @GET
    @Path("agents.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response agentsCsv(@BeanParam KpiParams query) {
        return csv(query, "agents", KpiCsv::agents);
    }

    @GET
    @Path("teams.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response teamsCsv(@BeanParam KpiParams query) {
        return csv(query, "teams", KpiCsv::teams);
    }

    private Response csv(KpiParams query, String name, Function<ShopFigures, String> lines) {
        LocalDate[] period = query.period();
        return Response.ok(lines.apply(figures.of(callersShop(), period[0], period[1], query.filter())))
                .header("Content-Disposition", "attachment; filename=\"kpi-" + name + "-" + period[0] + "-" + period[1] + ".csv\"").build();
    }

    private String callersShop() {
        return agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }
}
