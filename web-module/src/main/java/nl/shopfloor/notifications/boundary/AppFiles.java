package nl.shopfloor.notifications.boundary;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The installable web app's files (notifications N9) at {@code /app/}: the manifest, the icons and the service worker.
 * Public, like a login page's: a browser fetches the manifest without cookies, and a service worker that receives a
 * push after the agent's session ended must still update. The service worker lives here but serves the dashboard:
 * {@code Service-Worker-Allowed} lets it take {@code /dashboard/} as its scope. It is always revalidated, so a new
 * version reaches every browser at its next visit; the manifest for an hour, the icons for a day.
 */
public class AppFiles extends HttpServlet {

    private record AppFile(String type, String cacheControl) {
    }

    private static final Map<String, AppFile> FILES = Map.of(
            "manifest.webmanifest", new AppFile("application/manifest+json", "public, max-age=3600"),
            "sw.js", new AppFile("text/javascript; charset=utf-8", "no-cache"),
            "icon-192.png", new AppFile("image/png", "public, max-age=86400"),
            "icon-512.png", new AppFile("image/png", "public, max-age=86400"),
            "icon-maskable-512.png", new AppFile("image/png", "public, max-age=86400"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        AppFile file = FILES.get(name);
        InputStream content = file == null ? null : getServletContext().getResourceAsStream("/WEB-INF/app/" + name);
        if (content == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (content) {
            response.setContentType(file.type());
            response.setHeader("Cache-Control", file.cacheControl());
            if (name.equals("sw.js")) {
                response.setHeader("Service-Worker-Allowed", request.getContextPath() + "/dashboard/");
            }
            content.transferTo(response.getOutputStream());
        }
    }
}
