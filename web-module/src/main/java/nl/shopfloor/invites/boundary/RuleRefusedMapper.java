package nl.shopfloor.invites.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.invites.control.RuleRefused;

/** A rule the shop API was sent that cannot be stored: 400, every problem with its field, in English (invites I9). */
@Provider
public class RuleRefusedMapper implements ExceptionMapper<RuleRefused> {

    @Override
    public Response toResponse(RuleRefused refused) {
        var problems = CachedJson.createArrayBuilder();
        refused.details().forEach(problem -> problems.add(CachedJson.createObjectBuilder().add("field", problem.path())
                .add("problem", problem.text(Locale.ROOT))));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(CachedJson.createObjectBuilder().add("error", "The invite rule was refused: " + refused.getMessage())
                        .add("problems", problems).build()).build();
    }
}
