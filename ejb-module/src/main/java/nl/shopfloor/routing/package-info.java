/**
 * Routing: picks the agent for each new chat at once; there is no queue.
 *
 * <ul>
 * <li>R1 Candidates are the agents on duty ({@code Availabilities}: online, within their team's opening hours)
 * below their own maximum; {@code Capacity} then takes the slot of the first ranked one with room, within the
 * shop's cap.</li>
 * <li>R2 {@code Scoring} ranks them by parts that add up: the shopper's own agent (chosen on the team page or
 * served within the shop's window) first, then skills (question type, brand on the page, language), then the
 * spread of work (current load, time since the last assignment), nudged by the answer speed learned per
 * question type; agents with little history are explored.</li>
 * <li>R3 Every part of every score is kept with the conversation ({@code Decision.explain}), so the dashboard
 * shows why this agent got the chat and not another.</li>
 * <li>R4 Hand-overs (transfer, take-over, re-routing of an unanswered chat or of an agent who went offline) rank
 * the same way without the agent they come from ({@code chat.control.Handovers}).</li>
 * </ul>
 * Out of scope here: learning from sales and satisfaction (KPI issue).
 */
package nl.shopfloor.routing;
