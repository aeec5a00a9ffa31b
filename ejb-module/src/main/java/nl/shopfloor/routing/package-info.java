/**
 * Routing: picks the agent for each new chat at once; there is no queue.
 *
 * <p>For now an online agent below their own maximum with the fewest open chats, then the one who waited
 * longest since their last assignment. Skills, the shopper's own agent, learned performance, explanations
 * and the global capacity cap come with the routing and capacity issue.
 */
package nl.shopfloor.routing;
