package nl.shopfloor.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.boundary.Concurrent;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.invites.control.InviteRules;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.RuleSettings;

/**
 * {@code /api/v1/invite-rules}: the shop's invite rules by the shop's own id (invites I9, docs/shop-api.md). A PUT creates
 * (201) or changes (200) the rule, a POST only creates one (409 when the id is taken); a refused rule is a 400 listing
 * every problem with its field ({@link RuleRefusedMapper}).
 */
@ShopApi
@Path("v1/invite-rules")
@Produces(MediaType.APPLICATION_JSON)
public class InviteRulesApi {

    @Inject
    InviteRules rules;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject list() {
        var list = CachedJson.createArrayBuilder();
        rules.ofShop(shop()).forEach(rule -> list.add(InviteRulesJson.toJson(rule)));
        return CachedJson.createObjectBuilder().add("inviteRules", list).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return InviteRulesJson.toJson(existing(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        String ref = InviteRulesJson.refOf(body);
        RuleSettings settings = InviteRulesJson.settings(body);
        InviteRules.Put put = Concurrent.retried(() -> {
            if (rules.byRef(shop(), ref).isPresent()) {
                throw new WebApplicationException(Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                        .entity(CachedJson.createObjectBuilder().add("error", "The shop has an invite rule with this id; PUT changes it").build())
                        .build());
            }
            return rules.put(shop(), ref, settings);
        });
        return Response.status(Response.Status.CREATED).entity(InviteRulesJson.toJson(put.rule())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, JsonObject body) {
        String ref = InviteRulesJson.ref(id);
        InviteRulesJson.sameRef(body, ref);
        RuleSettings settings = InviteRulesJson.settings(body);
        InviteRules.Put put = Concurrent.retried(() -> rules.put(shop(), ref, settings));
        return Response.status(put.created() ? Response.Status.CREATED : Response.Status.OK).entity(InviteRulesJson.toJson(put.rule())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        if (!rules.deleteByRef(shop(), InviteRulesJson.ref(id))) {
            throw JsonBody.notFound("No invite rule with this id");
        }
        return Response.noContent().build();
    }

    private InviteRule existing(String id) {
        return rules.byRef(shop(), InviteRulesJson.ref(id)).orElseThrow(() -> JsonBody.notFound("No invite rule with this id"));
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }
}
