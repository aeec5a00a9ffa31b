package nl.shopfloor.kpi.control;

import jakarta.persistence.TypedQuery;
import java.util.Locale;
import nl.shopfloor.chat.entity.ChatOrigin;

/**
 * Which chats the chat-side figures count (K9); each criterion left null selects every chat. {@code team}: the
 * team the chat's agent is in now; {@code agent}: the chat's agent; {@code topic}: the topic the shopper picked;
 * {@code page}: text the address of the page the chat started on contains, in any case ("/faq", "/laptops/");
 * {@code origin}: where the shopper started it. Orders and ratings follow the chat they belong to.
 */
public record KpiFilter(String team, String agent, String topic, String page, ChatOrigin origin) {

    public static final KpiFilter NONE = new KpiFilter(null, null, null, null, null);
    public static final int MAX_PAGE = 200;

    public boolean selectsAll() {
        return team == null && agent == null && topic == null && page == null && origin == null;
    }

    /** JPQL conditions on the conversation {@code c}, each starting with " and". */
    String conditions() {
        StringBuilder where = new StringBuilder();
        if (team != null) {
            where.append(" and c.agentUsername in (select a.username from Agent a where a.shopId = c.shopId and a.team.id = :team)");
        }
        if (agent != null) {
            where.append(" and c.agentUsername = :agent");
        }
        if (topic != null) {
            where.append(" and c.topic = :topic");
        }
        if (page != null) {
            // lower() on both sides: MariaDB compares case-insensitively by default, H2 does not
            where.append(" and lower(c.pageUrl) like :page escape '!'");
        }
        if (origin != null) {
            where.append(" and c.origin = :origin");
        }
        return where.toString();
    }

    /** The LIKE pattern of addresses that contain {@code text}: its own % and _ are plain characters (escape '!'). */
    static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (team != null) {
            query.setParameter("team", team);
        }
        if (agent != null) {
            query.setParameter("agent", agent);
        }
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        if (page != null) {
            query.setParameter("page", containing(page));
        }
        if (origin != null) {
            query.setParameter("origin", origin);
        }
        return query;
    }
}
