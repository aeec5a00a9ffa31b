package nl.shopfloor.commerce.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.commerce.control.ApiKeys;
import nl.shopfloor.commerce.control.ApiKeys.NewKey;
import nl.shopfloor.commerce.control.IdentifyClaims;
import nl.shopfloor.commerce.control.KeyRefused;
import nl.shopfloor.commerce.entity.ApiKey;
import nl.shopfloor.commerce.entity.KeyScope;

/**
 * The logged-in admin's shop's API keys (commerce M1): list, create, rotate, revoke. The key itself is in the
 * answer to create and rotate only. web.xml restricts it to admins.
 */
@Path("keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    SecurityContext security;
    @Inject
    Agents agents;
    @Inject
    ApiKeys keys;
    @Inject
    IdentifyClaims claims;

    @GET
    public JsonObject list() {
        JsonArrayBuilder list = CachedJson.createArrayBuilder();
        keys.ofShop(admin().shopId()).forEach(key -> list.add(toJson(key)));
        return CachedJson.createObjectBuilder().add("keys", list).build();
    }

    /** {@code {"name": "ERP import", "scope": "write"}}. */
    @POST
    public Response create(JsonObject body) {
        String example = "{\"name\": \"ERP import\", \"scope\": \"read\" or \"write\"}";
        JsonBody.required(body, example);
        String name = JsonBody.text(body, "name", 80).strip();
        if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
            throw JsonBody.badRequest("'name' must be a short description such as \"ERP import\"");
        }
        KeyScope scope;
        try {
            scope = KeyScope.valueOf(JsonBody.text(body, "scope", 10).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JsonBody.badRequest("'scope' must be \"read\" or \"write\"");
        }
        Agent admin = admin();
        return Response.status(Response.Status.CREATED).entity(toJson(refusable(() -> keys.create(admin.shopId(), name, scope, admin.username())))).build();
    }

    @POST
    @Path("{id}/rotate")
    public Response rotate(@PathParam("id") String id) {
        Agent admin = admin();
        return Response.status(Response.Status.CREATED).entity(toJson(refusable(() -> keys.rotate(admin.shopId(), id, admin.username())))).build();
    }

    @DELETE
    @Path("{id}")
    public JsonObject revoke(@PathParam("id") String id) {
        Agent admin = admin();
        return toJson(refusable(() -> keys.revoke(admin.shopId(), id)));
    }

    /** The secret the shop signs identify claims with (docs/shop-api.md, "Identify"). */
    @GET
    @Path("identify-secret")
    public JsonObject identifySecret() {
        return CachedJson.createObjectBuilder().add("secret", claims.secretOf(admin().shopId())).build();
    }

    /** A new identify secret: claims signed with the old one are refused from now on. */
    @POST
    @Path("identify-secret/rotate")
    public JsonObject rotateIdentifySecret() {
        return CachedJson.createObjectBuilder().add("secret", claims.rotateSecret(admin().shopId())).build();
    }

    private static <T> T refusable(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (KeyRefused e) {
            throw JsonBody.badRequest(e.getMessage());
        }
    }

    private Agent admin() {
        return agents.find(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new ForbiddenException("Not an agent of a shop"));
    }

    private static JsonObject toJson(NewKey created) {
        return CachedJson.createObjectBuilder(toJson(created.key())).add("key", created.token())
                .add("notice", "Store this key now: it is not shown again").build();
    }

    static JsonObject toJson(ApiKey key) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("id", key.id()).add("name", key.name())
                .add("scope", key.scope().name().toLowerCase(Locale.ROOT)).add("createdAt", key.createdAt().toString())
                .add("createdBy", key.createdBy()).add("active", key.isActive());
        add(json, "lastUsedAt", key.lastUsedAt());
        add(json, "revokedAt", key.revokedAt());
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String field, Instant at) {
        if (at != null) {
            json.add(field, at.toString());
        }
    }
}
