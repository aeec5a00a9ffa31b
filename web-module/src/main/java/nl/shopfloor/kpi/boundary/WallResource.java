package nl.shopfloor.kpi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.shopfloor.CachedJson;
import nl.shopfloor.kpi.control.WallFigures;

/**
 * The wall display's data: a snapshot, and a stream of snapshots. Not under a web.xml constraint, so the
 * token works without a login; {@link WallAccess} checks every call. A supervisor's form login is still seen
 * here: Jakarta Security restores the session's caller on every request, constrained or not.
 */
@Path("wall")
@Produces(MediaType.APPLICATION_JSON)
public class WallResource {

    private static final String BUNDLE = "i18n.dashboard";

    @Inject
    WallAccess access;
    @Inject
    WallFigures figures;
    @Inject
    WallStreams streams;
    @Context
    HttpServletRequest request;

    @GET
    public JsonObject snapshot(@QueryParam("token") String token) {
        return WallJson.of(figures.of(access.shopOf(request, token)));
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@QueryParam("token") String token, @Context SseEventSink sink, @Context Sse sse) {
        String shopId = access.shopOf(request, token);
        streams.open(shopId, sink, sse, figures.of(shopId));
    }

    /** The wall's texts in the browser's language (Dutch or English); public, so even "no access" is in the right language. */
    @GET
    @Path("texts")
    public JsonObject texts(@Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> "nl".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst().map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(Locale.ENGLISH);
        // No fallback to the JVM's default locale: an English browser on a Dutch server gets English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        JsonObjectBuilder texts = CachedJson.createObjectBuilder();
        bundle.keySet().stream()
                .filter(key -> key.startsWith("wall.") || key.startsWith("status.") || key.equals("app.name"))
                .forEach(key -> texts.add(key, bundle.getString(key)));
        return CachedJson.createObjectBuilder().add("lang", locale.getLanguage()).add("texts", texts).build();
    }
}
