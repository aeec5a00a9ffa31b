package nl.shopfloor.agents.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.DashboardLanguage;

/**
 * The NL | EN switch of the dashboard's top bar (agents A8): stores the logged-in agent's language and goes back to
 * the page it came from (a path of this application only, else the dashboard). Under /dashboard/*, so only logged-in
 * agents reach it; cross-site posts are refused before it (S-CSRF).
 */
@WebServlet(LanguageChoice.PATH)
public class LanguageChoice extends HttpServlet {

    static final String PATH = "/dashboard/language";
    private static final Logger LOG = Logger.getLogger(LanguageChoice.class.getName());
    private static final int MAX_BACK = 2000;

    @Inject
    Agents agents;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DashboardLanguage> language = DashboardLanguage.ofTag(request.getParameter("language"));
        String username = request.getRemoteUser();
        if (language.isEmpty() || username == null || !agents.chooseLanguage(username, language.get())) {
            String asked = String.valueOf(request.getParameter("language")).replaceAll("\\p{Cntrl}", "?");
            LOG.warning(() -> "Refused language choice of " + username + ": " + asked.substring(0, Math.min(20, asked.length())));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.getSession().setAttribute(AgentLanguageFilter.CHOICE, new AgentLanguageFilter.Choice(username, language.get()));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request));
    }

    /** Only a path of this application: never another site, never a header split. */
    static String back(HttpServletRequest request) {
        String back = request.getParameter("back");
        String own = request.getContextPath() + "/";
        boolean safe = back != null && back.length() <= MAX_BACK && back.startsWith(own) && !back.startsWith("//")
                && !back.contains("\\") && back.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
        return safe ? back : request.getContextPath() + "/dashboard/index.xhtml";
    }
}
