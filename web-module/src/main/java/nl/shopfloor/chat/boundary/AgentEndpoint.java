package nl.shopfloor.chat.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.AgentStatus;
import nl.shopfloor.chat.control.AlreadyStored;
import nl.shopfloor.chat.control.Conversations;
import nl.shopfloor.chat.control.FollowUps;
import nl.shopfloor.chat.control.Handovers;
import nl.shopfloor.chat.control.TransferTarget;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.capacity.control.ShopAvailability;

/**
 * One open dashboard of a logged-in agent (the web.xml security constraint makes the handshake require a
 * login; the Origin filter requires our own origin). While at least one is open, the agent counts as present.
 */
@ServerEndpoint("/ws/agent")
public class AgentEndpoint {

    private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());

    /** Agents type faster than shoppers and switch chats often. */
    static final int MAX_FRAMES = 60;
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    @Inject
    Agents agents;
    @Inject
    Presence presence;
    @Inject
    Availabilities availabilities;
    @Inject
    Conversations conversations;
    @Inject
    FollowUps followUps;
    @Inject
    Handovers handovers;
    @Inject
    WidgetTexts widgetTexts;
    @Inject
    AgentSessions sessions;
    @Inject
    ShopperSessions shopperSessions;
    @Inject
    Clock clock;

    private String username;
    private InboundFrames inbound;

    @OnOpen
    public void open(Session session) throws IOException {
        Principal principal = session.getUserPrincipal();
        Agent agent = principal == null ? null : agents.find(principal.getName()).orElse(null);
        if (agent == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "login required"));
            return;
        }
        session.setMaxTextMessageBufferSize(Frames.MAX_MESSAGE_BYTES);
        SocketAddress.remember(session);
        username = agent.username();
        inbound = new InboundFrames(clock, MAX_FRAMES, RATE_WINDOW);
        sessions.opened(username, session);
        presence.dashboardOpened(username);
        Agent self = agents.find(username).orElseThrow();
        Sockets.send(session, snapshot(self));
        Sockets.send(session, ChatJson.waiting(followUps.unansweredOf(self.shopId())));
        ShopAvailability availability = availabilities.now(self.shopId());
        Sockets.send(session, TeamJson.colleagues(agents.ofShop(self.shopId()), colleague -> availability.hasRoom(colleague.username())));
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        sessions.heard(session);
    }

    @OnMessage
    public void message(Session session, String raw) {
        sessions.heard(session);
        inbound.receive(session, raw, frame -> {
            switch (frame.getString("type")) {
                case "open" -> open(session, frame);
                case "message" -> post(session, frame);
                case "typing" -> typing(frame);
                case "close" -> conversations.closeByAgent(username, conversationId(frame));
                case "presence" -> presence.choose(username, status(frame));
                case "takeover" -> handovers.takeOver(username, conversationId(frame));
                case "transfer" -> transfer(frame);
                default -> throw new InvalidFrame("unknown_type", "Unknown frame type");
            }
        });
    }

    private JsonObject snapshot(Agent agent) {
        JsonArrayBuilder chats = CachedJson.createArrayBuilder();
        for (Conversation conversation : conversations.openOf(agent)) {
            chats.add(ChatJson.agentSummary(conversation, conversations.lastMessageOf(conversation),
                    widgetTexts.of(conversation.language())));
        }
        return CachedJson.createObjectBuilder()
                .add("type", "snapshot")
                .add("agent", CachedJson.createObjectBuilder()
                        .add("username", agent.username())
                        .add("name", agent.displayName())
                        .add("status", presence.effectiveStatus(agent).name().toLowerCase(Locale.ROOT)))
                .add("chats", chats)
                .build();
    }

    private void open(Session session, JsonObject frame) {
        Conversation conversation = conversations.assignedTo(username, conversationId(frame));
        Sockets.send(session, ChatJson.agentConversation(conversation,
                conversations.messagesAfter(conversation.id(), 0), widgetTexts.of(conversation.language())));
    }

    private void post(Session session, JsonObject frame) {
        String clientId = Frames.clientId(frame);
        String text = Frames.text(frame, "text", ChatMessage.MAX_TEXT, clientId);
        String conversationId = conversationId(frame);
        ChatMessage message;
        try {
            message = conversations.postFromAgent(username, conversationId, clientId, text);
        } catch (AlreadyStored resend) {
            message = conversations.storedFromAgent(username, conversationId, clientId);
        }
        Sockets.send(session, ChatJson.ack(message));
    }

    private void typing(JsonObject frame) {
        boolean on = Frames.flag(frame, "on");
        Conversation conversation = conversations.assignedTo(username, conversationId(frame));
        if (conversation.isOpen()) {
            shopperSessions.toVisitor(conversation.visitorId(),
                    CachedJson.createObjectBuilder().add("type", "typing").add("on", on).build());
        }
    }

    private void transfer(JsonObject frame) {
        TransferTarget target;
        try {
            target = TransferTarget.parse(Frames.optionalString(frame, "to", 50, null));
        } catch (IllegalArgumentException e) {
            throw new InvalidFrame("invalid", e.getMessage());
        }
        handovers.transfer(username, conversationId(frame), target, Frames.optionalText(frame, "note", 500, null));
    }

    private static String conversationId(JsonObject frame) {
        String id = Frames.optionalString(frame, "conversation", 40, null);
        if (id == null || id.isEmpty()) {
            throw new InvalidFrame("invalid", "'conversation' is required");
        }
        return id;
    }

    private static AgentStatus status(JsonObject frame) {
        String status = Frames.optionalString(frame, "status", 20, null);
        try {
            return AgentStatus.valueOf(status == null ? "" : status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFrame("invalid", "'status' must be online, away, busy_elsewhere or offline");
        }
    }

    @OnClose
    public void close(Session session) {
        if (username != null) {
            sessions.closed(username, session);
            presence.dashboardClosed(username);
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        if (!InboundFrames.refusedUnread(session, error)) {
            // Usually a peer that vanished mid-frame; @OnClose cleans up.
            LOG.log(Level.FINE, "Agent socket error", error);
        }
    }
}
