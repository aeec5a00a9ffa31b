package nl.shopfloor.kpi.boundary;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.shopfloor.JsonBody;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.entity.ChatOrigin;
import nl.shopfloor.kpi.control.KpiFilter;

/**
 * The query of every KPI call ({@code /api/kpi}, its CSVs, {@code /api/v1/kpi}): the period and the filter (kpi K9),
 * checked here. An empty parameter is no filter; an id of no team or agent of the shop selects no chats.
 */
public class KpiParams {

    private static final Logger LOG = Logger.getLogger(KpiParams.class.getName());
    private static final Pattern TEAM = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("team")
    String team;
    @QueryParam("agent")
    String agent;
    @QueryParam("topic")
    String topic;
    @QueryParam("page")
    String page;
    @QueryParam("origin")
    String origin;

    LocalDate[] period() {
        try {
            return KpiJson.period(from, to);
        } catch (BadRequestException e) {
            throw refused(e);
        }
    }

    KpiFilter filter() {
        return new KpiFilter(matching(team, TEAM, "team", "a team id"), matching(agent, Agent.USERNAME, "agent", "a username"),
                matching(topic, TOPIC, "topic", "a topic key"), page(), origin());
    }

    private static String matching(String value, Pattern pattern, String name, String what) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw refused(JsonBody.badRequest("'" + name + "' must be " + what));
        }
        return value;
    }

    private String page() {
        if (page == null || page.isBlank()) {
            return null;
        }
        if (page.length() > KpiFilter.MAX_PAGE || CONTROL.matcher(page).find()) {
            throw refused(JsonBody.badRequest("'page' must be text of at most " + KpiFilter.MAX_PAGE + " characters, such as /faq"));
        }
        return page.strip();
    }

    private ChatOrigin origin() {
        if (origin == null || origin.isEmpty()) {
            return null;
        }
        return ChatOrigin.ofWireName(origin)
                .orElseThrow(() -> refused(JsonBody.badRequest("'origin' must be reactive, team-page, own-agent or proactive")));
    }

    private static BadRequestException refused(BadRequestException e) {
        LOG.info(() -> "KPI query refused: " + e.getResponse().getEntity());
        return e;
    }
}
