package nl.shopfloor.invites.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.invites.control.InviteResults;

/**
 * {@code GET /api/invite-results/results.csv?from=&to=}: the logged-in supervisor's shop's A/B results as CSV (the
 * results page's download; invites I11). web.xml: supervisors and admins.
 */
@Path("invite-results")
public class InviteResultsResource {

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    InviteResults results;

    @GET
    @Path("results.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = ResultsPeriod.of(from, to);
        String shopId = agents.find(security.getCallerPrincipal().getName()).map(Agent::shopId)
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
        return Response.ok(InviteResultsCsv.of(results.of(shopId, period[0], period[1])))
                .header("Content-Disposition", "attachment; filename=\"invite-results-" + period[0] + "-" + period[1] + ".csv\"").build();
    }
}
