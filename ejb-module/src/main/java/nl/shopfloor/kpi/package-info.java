/**
 * KPIs: how well the shop answers its chats, as the contact centre sees it on the wall display.
 *
 * <ul>
 * <li>W1 The wall shows the chats waiting too long for a first answer (the same list every colleague's
 * dashboard shows), with shopper, agent and the time since the shopper started the chat.</li>
 * <li>W2 It shows the agents online or away with their load: open chats / their own maximum.</li>
 * <li>W3 First response time today: the median, over today's conversations that were answered, of the time
 * from the shopper's start to the first agent message. "Today" is the server's calendar day.</li>
 * <li>W4 Share answered within 20 s today: answered within 20 s, divided by the conversations whose outcome
 * is known (answered, or left without an answer for more than 20 s). Chats still younger than 20 s and
 * chats the shopper closed unanswered within 20 s are not counted.</li>
 * <li>W5 The shop's open chats against its cap.</li>
 * <li>W6 Pushed live (SSE, per shop, at most about one update a second); opened by a supervisor or admin,
 * or with the deployment's wall token ({@code shopfloor.wall-token}, for {@code shopfloor.wall-shop}).</li>
 * <li>K5 Web sessions per shop and day (the shop's time zone), for the engagement ratio: the widget says in its
 * first hello of a page load whether the shopper was inactive for 30 minutes ({@code WebSessions}, counted in
 * memory and added to the day's row every 10 s); the shop may post its own day counts for pages without the
 * widget, which replace each other ({@code SessionCounts}). Counts, not rows.</li>
 * <li>K6 An order is credited to the last chat of the same visitor or customer that started at or before it and
 * within the shop's attribution window (1–30 days, default 7): "during" when placed before the chat closed, else
 * "after"; the chat's agent gets the credit too. Cancelled and refunded orders count nowhere ({@code Attribution}).
 * When the chats a batch credits change, routing counts those agents' conversions again (routing R5).</li>
 * <li>K7 The result indicators of a period of whole days in the shop's zone ({@code SalesFigures}): chats, web
 * sessions, engagement ratio (chats ÷ sessions), orders and revenue (excl. VAT), site conversion (orders ÷
 * sessions) and average order value, credited orders and chat revenue during/after, chat conversion (credited
 * orders ÷ chats) and its average order value, first responses as on the wall (W3, W4), chats closed before an
 * answer, CSAT (surveys answered in the period: share of 4 or 5 stars, average stars), and per agent. The
 * supervisors' {@code /api/kpi} and the shop's {@code /api/v1/kpi} are one mapping.</li>
 * <li>K8 The shop may show the public its service figures ({@code data-shopfloor-performance}): the share of
 * satisfied ratings and of chats answered within 20 s over the last 30 days, shares only, computed at most every
 * 10 minutes per shop ({@code PublicPerformance}) and sent to widgets that ask.</li>
 * <li>K9 Every K7 figure of a period may be narrowed to the chats of a team (its agents now), an agent, a question
 * type (topic), a page (the address the chat started on contains the text, in any case) and an origin
 * ({@code chat.entity.ChatOrigin}) ({@code KpiFilter}): the chat-side figures follow the filter — chats, first
 * responses, abandoned, CSAT (the ratings of those chats) and credited orders and revenue (the orders credited to
 * those chats: the stored {@code credited_conversation_id} joined to the chat), so the chat conversion too; sessions,
 * orders, revenue, site conversion and site AOV stay the whole shop's, and the engagement ratio is the filtered chats
 * ÷ all sessions. Each figure is also given per team ({@code TeamFigures}, the teams' agents now), with CSV.</li>
 * </ul>
 * Durations are computed in Java from the fetched instants, not in JPQL: date arithmetic is not portable
 * between H2 and MariaDB. Supervisors see K7 on the dashboard's KPI page (web-module {@code presentation.kpi}), with a
 * trend, the filters and a CSV per agent and per team. A team is its agents now, not at the time of the chat: moving an
 * agent moves their history, which keeps the chat rows as they are (no team stored per chat). Out of scope so far:
 * more than one wall token.
 */
package nl.shopfloor.kpi;
