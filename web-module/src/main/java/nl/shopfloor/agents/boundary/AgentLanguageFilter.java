package nl.shopfloor.agents.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.DashboardLanguage;

/**
 * The one owner of the dashboard's language (agents A8): every request's {@code getLocale()} is the language the
 * logged-in agent chose, else the first of the browser's languages the dashboard speaks, else English. Faces pages
 * ({@code f:view locale}, the html lang attribute, the texts their scripts get), the wall's texts and the error pages
 * all read it from there. Only the servlet locale is replaced, not the Accept-Language header: the shopper's side
 * reads that header for its own, wider choice of languages.
 */
public class AgentLanguageFilter implements Filter {

    /** The agent's choice, read once per session and replaced by {@link LanguageChoice}. */
    static final String CHOICE = AgentLanguageFilter.class.getName() + ".choice";

    @Inject
    Agents agents;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/ws/")) {
            chain.doFilter(req, res); // the sockets' upgrade gets the container's own request
            return;
        }
        chain.doFilter(new LocalisedRequest(request, languageOf(request).locale()), res);
    }

    private DashboardLanguage languageOf(HttpServletRequest request) {
        String username = request.getRemoteUser();
        if (username != null) {
            HttpSession session = request.getSession(false);
            Choice choice = session == null ? null : (Choice) session.getAttribute(CHOICE);
            if (choice == null || !choice.username().equals(username)) {
                choice = new Choice(username, agents.find(username).flatMap(Agent::language).orElse(null));
                if (session != null) {
                    session.setAttribute(CHOICE, choice);
                }
            }
            if (choice.language() != null) {
                return choice.language();
            }
        }
        // Without the header the container would answer with the server's own locale.
        return request.getHeader("Accept-Language") == null ? DashboardLanguage.EN
                : DashboardLanguage.best(Collections.list(request.getLocales()));
    }

    /** What {@code username} chose; a null language follows the browser. */
    record Choice(String username, DashboardLanguage language) implements Serializable {
    }

    private static final class LocalisedRequest extends HttpServletRequestWrapper {
        private final Locale locale;

        LocalisedRequest(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
