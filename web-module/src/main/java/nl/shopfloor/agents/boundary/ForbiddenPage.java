package nl.shopfloor.agents.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import nl.shopfloor.CachedJson;

/**
 * The 403 error page (web.xml): a logged-in agent without the role gets a JSON reason from {@code /api}
 * (A6), a short page everywhere else. The status stays the container's.
 */
@WebServlet(ForbiddenPage.PATH)
public class ForbiddenPage extends HttpServlet {

    static final String PATH = "/errors/forbidden";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setCharacterEncoding("UTF-8");
        ResourceBundle texts = DashboardTexts.of(request.getLocale()); // the agent's language (A8)
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(CachedJson.createObjectBuilder().add("error", "forbidden")
                    .add("message", texts.getString("forbidden.api")).build().toString());
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + request.getLocale().getLanguage() + "\"><meta charset=\"UTF-8\"><title>403 — "
                + texts.getString("app.name") + "</title><p>" + texts.getString("forbidden.page") + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/dashboard/\">" + texts.getString("forbidden.back") + "</a></p></html>");
    }
}
