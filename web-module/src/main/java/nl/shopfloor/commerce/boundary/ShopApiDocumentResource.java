package nl.shopfloor.commerce.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI document of the shop API (docs/shop-api.md), public, so that a shop's
 * developer or a client generator can read it before holding a key; deliberately not {@link ShopApi}. Written by
 * hand, not generated: Payara's own {@code /openapi} stays off, as it lists every internal endpoint, and annotations
 * on the resources would say less than the document (limits, the refusals of the guards). OpenApiDocumentIT holds
 * it to the endpoints the server really has.
 */
@Path("v1/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class ShopApiDocumentResource {

    static final String DOCUMENT = "/shop-api/v1/openapi.json";
    /** Like the widget's loader: a release may change it, so a short max-age, then revalidation with the ETag. */
    private static final String CACHE = "public, max-age=300";
    private static final byte[] CONTENT = read();
    private static final EntityTag TAG = new EntityTag(sha256(CONTENT));

    @GET
    public Response document(@Context Request request) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(TAG);
        return (unchanged != null ? unchanged : Response.ok(CONTENT).tag(TAG)).header("Cache-Control", CACHE).build();
    }

    private static byte[] read() {
        try (InputStream in = ShopApiDocumentResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the web module's classes");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
