package nl.shopfloor.health.boundary;

import jakarta.inject.Inject;
import nl.shopfloor.grid.DataGrid;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.shopfloor.CachedJson;
import nl.shopfloor.chat.boundary.WebSocketRegistration;
import nl.shopfloor.offline.control.MailQueue;
import nl.shopfloor.schema.control.SchemaMigrations;

/**
 * Readiness of the application itself. Payara Micro says "ready" even when the application failed to
 * deploy, so orchestration and tests ask here: the database answers at the current schema, the chat
 * sockets are registered and the message broker answers. It also says how many instances form the cluster.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    SchemaMigrations schema;

    @Inject
    MailQueue mailQueue;

    @Inject
    DataGrid grid;

    @GET
    @Path("ready")
    public Response ready() {
        boolean database = schema.isUpToDate() && schema.databaseAnswers();
        boolean sockets = WebSocketRegistration.isComplete();
        boolean broker = mailQueue.reachable();
        boolean up = database && sockets && broker;
        JsonObject body = CachedJson.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("database", database ? "UP" : "DOWN")
                .add("websockets", sockets ? "UP" : "DOWN")
                .add("broker", broker ? "UP" : "DOWN")
                // the instances this one shares capacity, presence and pushes with, itself included (1: alone)
                .add("gridMembers", grid.members())
                .build();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
