package nl.shopfloor.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.privacy.control.RetentionPolicies;
import nl.shopfloor.privacy.control.Shoppers;
import nl.shopfloor.privacy.control.Subject;
import nl.shopfloor.privacy.entity.RetentionPeriods;

/**
 * {@code /api/v1/privacy}: everything about one shopper, exported or erased (privacy P1–P3). The shopper is named in
 * the body — {@code {"email": …}}, {@code {"customer": …}} or {@code {"visitor": …}} — never in the URL, so no address
 * ends up in access logs. Both need a write key: an export is personal data too. {@code /retention}: how long the
 * shop keeps personal data (P4), read with any key, changed with a write key.
 */
@ShopApi
@Path("v1/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyApi {

    private static final String ANONYMISE = "anonymiseAfterMonths";
    private static final String DELETE_CONTACTS = "deleteContactsAfterMonths";
    private static final String RETENTION_EXAMPLE = "{\"" + ANONYMISE + "\": 24, \"" + DELETE_CONTACTS + "\": null}";
    private static final String EXAMPLE = "{\"email\": \"an@example.com\"} or {\"customer\": \"C-1001\"} or {\"visitor\": \"<visitor id>\"}";

    @Inject
    Shoppers shoppers;
    @Inject
    RetentionPolicies policies;
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

    @GET
    @Path("retention")
    public JsonObject retention() {
        return retentionJson(policies.of(shop()).periods());
    }

    /** Both periods named, each 1 to 120 months or null for none: a forgotten field never switches a rule off unseen. */
    @PUT
    @Path("retention")
    public JsonObject changeRetention(JsonObject body) {
        JsonBody.required(body, RETENTION_EXAMPLE);
        return retentionJson(policies.change(shop(), new RetentionPeriods(months(body, ANONYMISE), months(body, DELETE_CONTACTS))));
    }

    private static Integer months(JsonObject body, String field) {
        if (!body.containsKey(field)) {
            throw JsonBody.badRequest("Name both periods, null for none: " + RETENTION_EXAMPLE);
        }
        return JsonBody.optionalWholeNumber(body, field, RetentionPeriods.MIN_MONTHS, RetentionPeriods.MAX_MONTHS);
    }

    private static JsonObject retentionJson(RetentionPeriods periods) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        months(json, ANONYMISE, periods.anonymiseAfterMonths());
        months(json, DELETE_CONTACTS, periods.deleteContactsAfterMonths());
        return json.build();
    }

    private static void months(JsonObjectBuilder json, String field, Integer months) {
        if (months == null) {
            json.addNull(field);
        } else {
            json.add(field, months);
        }
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
