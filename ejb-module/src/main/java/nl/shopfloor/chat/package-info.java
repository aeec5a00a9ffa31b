/**
 * Chat: visitors, conversations and their messages, and the two sockets that carry them
 * ({@code /ws/shopper}, {@code /ws/agent}; protocol in docs/widget-protocol.md).
 *
 * <p>Boundary (web-module {@code chat.boundary}): the shopper and agent endpoints, the Origin filter, frame
 * validation, and the pushes ({@code ChatPushes} for conversations, {@code AvailabilityPushes} for availability),
 * all sending through one queued, non-blocking path per socket ({@code Outgoing}). Control: {@code Conversations}
 * (start, post, close), {@code Arrivals} (a widget's hello), {@code Handovers} (transfer, take-over,
 * re-routing), {@code FollowUps} and {@code ResponseWatch} (unanswered chats), {@code WaitingChats},
 * {@code OfflineAgents}, {@code WidgetTexts}, {@code ShopperContexts} (page and cart of a chatting shopper).
 *
 * <p>Decisions:
 * <ul>
 * <li>C1 A message is acknowledged only after its transaction committed; pushes observe AFTER_SUCCESS.</li>
 * <li>C2 Each conversation numbers its messages (seq, under a row lock); a reconnecting client asks for
 * what came after its last seq, so nothing is lost or shown twice.</li>
 * <li>C3 The sender's clientId is unique per conversation: a resend returns the stored message. The unique key
 * finds the resend when the message is inserted ({@code AlreadyStored}, the transaction rolls back), so the
 * usual case, a new message, pays for no lookup.</li>
 * <li>C4 Visitor and conversation ids are 144-bit random tokens; an agent only reaches conversations
 * assigned to them, and unknown and foreign ids get the same answer.</li>
 * <li>C5 Text is stored and sent as plain text; widget and dashboard insert it with textContent.</li>
 * <li>C6 A frame is parsed at the boundary and handed to one control method, whose result is mapped to frames;
 * a hello is one transaction ({@code Arrivals.arrive}). A visitor is stored only when they start a chat: the id
 * a newcomer gets at hello is issued by the server and kept by the socket, never taken from the client
 * unchecked.</li>
 * <li>C7 A chat that waits for the person the shopper chose goes to them as soon as availability says they can
 * take it ({@code WaitingChats}).</li>
 * <li>C8 An agent who goes offline and is still offline after a grace period (10 s; a reload takes less) hands
 * their open chats to the best colleagues with room ({@code OfflineAgents}).</li>
 * <li>C9 No business operation waits for or depends on a push: sends are queued per socket and written
 * asynchronously one at a time; a socket with more than 256 frames or 1 MiB waiting is closed with 1013 and
 * its client reconnects and resumes (C2).</li>
 * <li>C10 A relayed message costs one locking read of its conversation (by the visitor's id, or by id for an
 * agent), the insert and the seq update: the conversation maps its visitor and agent columns
 * also as plain ids and loads the visitor and agent (with team and skills) only when something asks for them.</li>
 * <li>C11 A bad frame costs at most one log record and gets its code: it is parsed as a stream, at most 8
 * levels deep (the tree reader recursed into a 1,000-line stack trace), every parse failure is
 * {@code malformed}; the container reads at most 32 KiB of a message (the rest is dropped, {@code too_large})
 * and buffers at most 33,000 bytes of a frame (web.xml; beyond it closes), so no frame is held whole.</li>
 * <li>C12 A socket's client address is resolved at the handshake (trusted proxies, {@code ClientAddress}) and
 * kept as its user property {@code shopfloor.clientAddress}; new shopper sockets are limited per client
 * address before the upgrade (HTTP 429).</li>
 * <li>C13 One client address may say hello 600 times and start 30 chats a minute over all its sockets
 * ({@code AddressLimits}): a hello beyond it closes the socket with 1013, a start gets {@code rate_limited}.</li>
 * <li>C14 Shopper text is stored as typed, bidi controls included; the dashboard and the wall strip the bidi
 * controls (U+202A–E, U+2066–9, U+200E/F, U+061C) when they show it and render each shopper-supplied string
 * isolated ({@code dir="auto"}), so an override cannot disguise what an agent reads.</li>
 * <li>C15 The response watch reads the unanswered chats once a second without locks and locks, one by one, only
 * those for which a step (apology, re-route, contact form) is due. Sockets whose peer vanished are found by a
 * heartbeat: dashboards are pinged every 5 s and closed after 15 s of silence, widgets every 30 s and after 95 s
 * (before, a widget that vanished without a close frame stayed open until a push to it failed).</li>
 * <li>C16 The WebSocket container restarts each session's idle timeout on every frame; it does so on a plain
 * scheduler of the application's ({@code IdleTimeouts}), not on the managed one it finds itself, whose context
 * capture searched the class path on every frame.</li>
 * <li>C17 A visitor is linked to the shop's customer only on the shop's signed word ({@code identify}: HMAC-SHA256
 * with the shop's identify secret, at most an hour old; {@code commerce.control.IdentifyClaims}); a newcomer so
 * identified is stored then. A customer may have several visitors (devices).</li>
 * <li>C18 After a chat somebody answered ends, the widget offers a survey: 1 to 5 stars and an optional comment,
 * skippable, once per conversation ({@code Surveys}); the rating belongs to the agent who had the chat when it
 * ended, who sees their own share of satisfied ratings (30 days) on the dashboard. Only the chat's own shopper may
 * rate it, only once it is closed; a second rating keeps the first. Routing learns the agent's satisfaction on the
 * chat's topic from it (routing R5).</li>
 * <li>C19 Each conversation keeps where the shopper started it ({@code ChatOrigin}): the contact button, a card on
 * the team page or the personal "your agent" button, as the widget says in {@code start} (checked at the boundary;
 * missing means the contact button). Chats from before it was stored count as reactive; a chat that answers an
 * invite is proactive (C21).</li>
 * <li>C20 While a chat is open its agent sees where the shopper is and what their cart holds, as the shop's page
 * reports it through the widget ({@code ShopperContexts}): each {@code hello} of a chatting shopper carries the page,
 * the widget sends a {@code cart} frame after {@code welcome} and {@code started} and when the page calls
 * {@code cart}. A {@code shopper_context} row is inserted with the conversation, so a report only updates it; a report
 * that changes nothing writes and pushes nothing. Only known cart fields are kept ({@code Cart}), and nothing is
 * asked of the shop per view.</li>
 * <li>C21 The shopper socket carries invites (invites I12, I13): {@code ActivityFrames} checks an {@code activity}
 * frame field by field and builds the rules' {@code Activity} on the server's clock; {@code ShopperInvites} (one per
 * socket) evaluates at most once per 2 s through {@code invites.control.Invitations}, with the visitor's invite history
 * and what {@code KnownShoppers} knows (earlier chats, the customer's segment and lifetime value) read once per socket,
 * sends at most one {@code invite} per socket, keeps the widget's steps, and remembers whom each invite showed. A
 * {@code start} naming the invite ({@code InviteAnswer}) is linked to it once {@code Invitations.ofVisitor} finds it is
 * this visitor's, and routing's ranking puts the agent shown first when they have room.</li>
 * </ul>
 * Out of scope here: the rules themselves and their evaluation (invites).
 */
package nl.shopfloor.chat;
