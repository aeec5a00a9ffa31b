package nl.shopfloor.commerce.boundary;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import nl.shopfloor.CachedJson;
import nl.shopfloor.Constraints;

/**
 * Two calls that create the same id at the same moment: one insert loses on the unique key. Tried once more it
 * finds the other's row and updates it; should that fail too, the caller gets 409 and may send again.
 */
public final class Concurrent {

    private Concurrent() {
    }

    public static <T> T retried(Supplier<T> upsert) {
        try {
            return upsert.get();
        } catch (EJBException first) {
            if (!Constraints.violated(first)) {
                throw first;
            }
            try {
                return upsert.get();
            } catch (EJBException second) {
                if (!Constraints.violated(second)) {
                    throw second;
                }
                throw new WebApplicationException(Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                        .entity(CachedJson.createObjectBuilder().add("error", "Changed by another call at the same time; send it again")
                                .build()).build());
            }
        }
    }
}
