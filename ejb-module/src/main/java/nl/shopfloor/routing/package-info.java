/**
 * Routing: picks the agent for each new chat at once; there is no queue.
 *
 * <ul>
 * <li>R1 Candidates are the agents on duty ({@code Availabilities}: online, within their team's opening hours)
 * below their own maximum; {@code Capacity} then takes the slot of the first ranked one with room, within the
 * shop's cap.</li>
 * <li>R2 {@code Scoring} ranks them by parts that add up: the shopper's own agent (chosen on the team page or
 * served within the shop's window) first, then skills (question type, brand on the page, language), then the
 * spread of work (current load, time since the last assignment), nudged by what was learned per question type
 * (R5); agents with little history are explored.</li>
 * <li>R3 Every part of every score is kept with the conversation ({@code Decision.explain}), so the dashboard
 * shows why this agent got the chat and not another.</li>
 * <li>R4 Hand-overs (transfer, take-over, re-routing of an unanswered chat or of an agent who went offline) rank
 * the same way without the agent they come from ({@code chat.control.Handovers}).</li>
 * <li>R5 Routing learns, per agent and question type, from outcomes: answer speed (±10 against the shop's middle
 * agent), satisfaction (the survey ratings of the agent's chats; ±5, half a star against the shop's average) and
 * conversion (the share of the agent's answered chats with an order credited to them; ±5, twice or none of the shop's
 * share). Together the learned parts stay within ±20, below a topic (30) or brand (25) skill and far below the
 * shopper's own agent (100); only an agent best at all three against one worst at all three crosses a topic skill.
 * The shop's figure counts as 5 ratings and 20 answered chats of every agent (a Bayesian average): one bad rating
 * of a newcomer is not a verdict, and there is no cut-off where a score jumps. On top, a benefit of the doubt of up to
 * +1.25 per part fades as the agent's own figures come in, so newcomers start just above an average colleague and
 * below a proven good one and still get chats (speed keeps its +5 below 5 answers). "Why you?" shows each part with
 * its numbers and says where routing is still learning.</li>
 * </ul>
 * How R5 stays true: each fact has one owner who says when it changed — {@code chat.control.Surveys} when a survey is
 * answered, {@code kpi.control.OrderCredits} when the chats credited by a batch of orders differ from before (an
 * order sent again to the same chat changes nothing; a changed window, a cancelled or refunded order, a re-upsert that
 * moves the credit does). After that transaction commits, {@code Outcomes} counts the ratings and converted chats of
 * the agents and topics concerned again, on one worker thread ({@code Learning}: a bounded set of waiting pairs, so a
 * burst for one agent is one count), from the surveys and credited orders themselves, rather than adding the change
 * to a counter: a re-credit cannot count twice, a lost update is repaired by the next count, and the counters cannot
 * drift from the KPIs, which read the same rows. The rows are locked before the count reads (see {@code Outcomes}), so
 * two counts at the same time end with the later one's. Counting after the commit keeps learning out of the survey's
 * and the order's transaction and thread: a failure or a backlog is logged and never refuses or slows either. The
 * router reads all of it with the one query per chat it already made for speed. Ratings belong to the agent who had the chat when it ended (as the KPIs
 * count them), conversions to the agent credited with the order; the share is of the chats the agent answered first.
 * An erased shopper's chats ({@code privacy.control.Shoppers}) stop counting at once: their surveys are gone, and an
 * order credited to a chat that is gone has no topic to count for (the KPIs keep the credit, privacy P2).
 * Not yet: forgetting old outcomes (the counts cover all time).
 */
package nl.shopfloor.routing;
