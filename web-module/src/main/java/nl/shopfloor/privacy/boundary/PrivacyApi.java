package nl.shopfloor.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.privacy.control.Shoppers;
import nl.shopfloor.privacy.control.Subject;

/**
 * {@code /api/v1/privacy}: everything about one shopper, exported or erased (privacy P1–P3). The shopper is named in
 * the body — {@code {"email": …}}, {@code {"customer": …}} or {@code {"visitor": …}} — never in the URL, so no address
 * ends up in access logs. Both need a write key: an export is personal data too.
 */
@ShopApi
@Path("v1/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyApi {

    private static final String EXAMPLE = "{\"email\": \"an@example.com\"} or {\"customer\": \"C-1001\"} or {\"visitor\": \"<visitor id>\"}";

    @Inject
    Shoppers shoppers;
    @Context
    HttpServletRequest request;

    @POST
    @Path("export")
    public JsonObject export(JsonObject body) {
        return ShopperJson.of(shoppers.export(shop(), subject(body), actor()));
    }

    /** Deletes everything about the shopper; their orders stay, without the link to them. The answer says what was found. */
    @POST
    @Path("erase")
    public JsonObject erase(JsonObject body) {
        return CachedJson.createObjectBuilder().add("erased", shoppers.erase(shop(), subject(body), actor())).build();
    }

    private static Subject subject(JsonObject body) {
        JsonBody.required(body, EXAMPLE);
        Subject subject = null;
        for (Subject.Kind kind : Subject.Kind.values()) {
            String field = kind.name().toLowerCase(Locale.ROOT);
            if (body.get(field) != null && body.get(field) != JsonValue.NULL) {
                if (subject != null) {
                    throw JsonBody.badRequest("Name the shopper one way: " + EXAMPLE);
                }
                String value = JsonBody.text(body, field, kind == Subject.Kind.EMAIL ? 254 : 64).strip();
                if (value.isEmpty()) {
                    throw JsonBody.badRequest("'" + field + "' may not be empty");
                }
                subject = new Subject(kind, value);
            }
        }
        if (subject == null) {
            throw JsonBody.badRequest("Name the shopper: " + EXAMPLE);
        }
        return subject;
    }

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }

    private String actor() {
        return "API key " + ShopApiGuard.callerOf(request).keyId();
    }
}
