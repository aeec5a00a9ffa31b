package nl.shopfloor.agents.boundary;

import nl.shopfloor.EntityTags;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import nl.shopfloor.agents.control.Photos;
import nl.shopfloor.agents.entity.AgentPhoto;

/**
 * Serves agents' photos at their versioned URLs (agents A7), {@code /photos/<public id>/<version>.jpg} and
 * {@code -96.jpg}: a version never changes its bytes, so it is cached for a year and revalidated by nobody; an
 * earlier version is 404. Shop pages on other origins show them in the widget: {@code Cross-Origin-Resource-Policy:
 * cross-origin} lets a shop that isolates itself (COEP) load them, CORS lets the widget draw them if it wants.
 */
public class PhotoFiles extends HttpServlet {

    static final String CACHE = "public, max-age=31536000, immutable";

    @Inject
    Photos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher url = Photos.URL.matcher(path);
        Optional<AgentPhoto> photo = url.matches() ? photos.current(url.group(1), url.group(2)) : Optional.empty();
        if (photo.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean small = url.group(3) != null;
        String tag = "\"" + photo.get().version() + (small ? "-small" : "") + "\"";
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("ETag", tag);
        response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (EntityTags.matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = photo.get().image(small);
        response.setContentType("image/jpeg");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
