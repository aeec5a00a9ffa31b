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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.boundary.DashboardTexts;
import nl.shopfloor.kpi.control.WallFigures;

/**
 * The wall display's data: a snapshot, and a stream of snapshots. Not under a web.xml constraint, so the
 * token works without a login; {@link WallAccess} checks every call. A supervisor's form login is still seen
 * here: Jakarta Security restores the session's caller on every request, constrained or not.
 */
@Path("wall")
@Produces(MediaType.APPLICATION_JSON)
public class WallResource {

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

    /**
     * The wall's texts in the request's language (agents A8: the supervisor's choice, else the browser's); public, so even
     * "no access" is in the right language.
     */
    @GET
    @Path("texts")
    public JsonObject texts() {
        Locale locale = request.getLocale();
        ResourceBundle bundle = DashboardTexts.of(locale);
        JsonObjectBuilder texts = CachedJson.createObjectBuilder();
        bundle.keySet().stream()
                .filter(key -> key.startsWith("wall.") || key.startsWith("status.") || key.equals("app.name"))
                .forEach(key -> texts.add(key, bundle.getString(key)));
        return CachedJson.createObjectBuilder().add("lang", locale.getLanguage()).add("texts", texts).build();
    }
}
