/**
 * Chat: visitors, conversations and their messages, and the two sockets that carry them
 * ({@code /ws/shopper}, {@code /ws/agent}; protocol in docs/widget-protocol.md).
 *
 * <p>Boundary (web-module {@code chat.boundary}): the shopper and agent endpoints, the Origin filter,
 * frame validation, pushes. Control: {@code Conversations}, {@code WidgetTexts}.
 *
 * <p>Decisions:
 * <ul>
 * <li>C1 A message is acknowledged only after its transaction committed; pushes observe AFTER_SUCCESS.</li>
 * <li>C2 Each conversation numbers its messages (seq, under a row lock); a reconnecting client asks for
 * what came after its last seq, so nothing is lost or shown twice.</li>
 * <li>C3 The sender's clientId is unique per conversation: a resend returns the stored message.</li>
 * <li>C4 Visitor and conversation ids are 144-bit random tokens; an agent only reaches conversations
 * assigned to them, and unknown and foreign ids get the same answer.</li>
 * <li>C5 Text is stored and sent as plain text; widget and dashboard insert it with textContent.</li>
 * </ul>
 * Out of scope here: transfer, waiting alarms and re-routing (routing issue), invites, surveys.
 */
package nl.shopfloor.chat;
