package nl.shopfloor.chat.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.capacity.control.Availabilities;
import nl.shopfloor.capacity.control.ShopAvailability;
import nl.shopfloor.chat.control.AlreadyStored;
import nl.shopfloor.chat.control.Arrival;
import nl.shopfloor.chat.control.Arrivals;
import nl.shopfloor.chat.control.Identities;
import nl.shopfloor.chat.control.ShopperContexts;
import nl.shopfloor.chat.control.Surveys;
import nl.shopfloor.chat.entity.Survey;
import nl.shopfloor.kpi.control.PublicPerformance;
import nl.shopfloor.commerce.control.IdentifyClaims;
import nl.shopfloor.chat.control.ConversationStarted;
import nl.shopfloor.chat.control.StartRequest;
import nl.shopfloor.chat.control.Conversations;
import nl.shopfloor.chat.control.WidgetTexts;
import nl.shopfloor.chat.control.InviteAnswer;
import nl.shopfloor.chat.control.KnownShoppers;
import nl.shopfloor.invites.control.InvitePresenters;
import nl.shopfloor.invites.control.InviteRuleCache;
import nl.shopfloor.invites.control.Invitations;
import nl.shopfloor.chat.entity.Cart;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Page;
import nl.shopfloor.chat.entity.PreChat;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.offline.control.ContactMessages;
import nl.shopfloor.offline.control.OfflineRefused;
import nl.shopfloor.offline.entity.CallbackWindow;
import nl.shopfloor.offline.entity.ContactMessage;
import nl.shopfloor.knowledge.boundary.KnowledgeJson;
import nl.shopfloor.knowledge.control.KnowledgeIndex;

/**
 * One shopper's widget on one page. The Origin was checked before the handshake (WebSocketOriginFilter);
 * every frame is checked here, and an answer that confirms storage is only sent after the commit.
 * Registered by {@link WebSocketRegistration}.
 */
@ServerEndpoint("/ws/shopper")
public class ShopperEndpoint {

    private static final Logger LOG = Logger.getLogger(ShopperEndpoint.class.getName());

    static final int MAX_FRAMES = 20;
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);
    /** The contact form's longest text; the index reads only the first {@link KnowledgeIndex#MAX_QUERY} characters. */
    static final int MAX_SUGGEST_TEXT = ContactMessage.MAX_TEXT;

    @Inject
    Shops shops;
    @Inject
    Conversations conversations;
    @Inject
    ContactMessages contactMessages;
    @Inject
    ShopOpening opening;
    @Inject
    Availabilities availabilities;
    @Inject
    Arrivals arrivals;
    @Inject
    Identities identities;
    @Inject
    Surveys surveys;
    @Inject
    ShopperContexts contexts;
    @Inject
    PublicPerformance performance;
    @Inject
    AddressLimits limits;
    @Inject
    Agents agents;
    @Inject
    WidgetTexts widgetTexts;
    @Inject
    ShopperSessions sessions;
    @Inject
    AgentSessions agentSessions;
    @Inject
    Invitations invitations;
    @Inject
    InvitePresenters presenters;
    @Inject
    KnownShoppers knownShoppers;
    @Inject
    InviteRuleCache inviteRules;
    @Inject
    KnowledgeIndex knowledge;
    @Inject
    Clock clock;

    private Shop shop;
    private String visitorId;
    private String language;
    private Page page = Page.UNKNOWN;
    private InboundFrames inbound;
    private Widget widget;
    private ShopperInvites invites;

    @OnOpen
    public void open(Session session) throws IOException {
        session.setMaxTextMessageBufferSize(Frames.MAX_MESSAGE_BYTES);
        SocketAddress.remember(session);
        List<String> shopParam = session.getRequestParameterMap().get("shop");
        shop = shopParam == null || shopParam.isEmpty() ? null : shops.find(shopParam.get(0)).orElse(null);
        if (shop == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown shop"));
            return;
        }
        inbound = new InboundFrames(clock, MAX_FRAMES, RATE_WINDOW);
        Outgoing.attach(session);
        widget = new Widget(session);
        invites = new ShopperInvites(invitations, presenters, knownShoppers, opening, clock);
        sessions.opened(session);
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        sessions.heard(session);
    }

    @OnMessage
    public void message(Session session, String raw) {
        sessions.heard(session);
        inbound.receive(session, raw, frame -> {
            String type = frame.getString("type");
            if (!"hello".equals(type) && visitorId == null) {
                throw new InvalidFrame("invalid", "Send 'hello' first");
            }
            switch (type) {
                case "hello" -> hello(session, frame);
                case "start" -> start(session, frame);
                case "message" -> post(session, frame);
                case "typing" -> typing(frame);
                case "contact" -> contact(session, frame);
                case "callback" -> callback(session, frame);
                case "team" -> team(session);
                case "identify" -> identify(session, frame);
                case "survey" -> survey(session, frame);
                case "performance" -> performance(session);
                case "cart" -> cart(frame);
                case "activity" -> invites.activity(frame).ifPresent(widget::send);
                case "inviteStep" -> invites.step(frame);
                case "suggest" -> suggest(session, frame);
                case "end" -> conversations.closeByShopper(visitorId);
                default -> throw new InvalidFrame("unknown_type", "Unknown frame type");
            }
        });
    }

    /** The widget joins the shop's pushes before reading what the shop can offer: no later change can pass it by. */
    private void hello(Session session, JsonObject frame) {
        if (!limits.hello(SocketAddress.of(session))) {
            // The widget reconnects with a growing delay, and says hello again then.
            Outgoing.of(session).close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many pages from your network"));
            return;
        }
        language = shop.language(Frames.optionalString(frame, "lang", 5, null));
        widget.speaks(language);
        JsonObject pageJson = Frames.optionalObject(frame, "page");
        page = new Page(Frames.truncated(pageJson, "url", 2000), Frames.truncated(pageJson, "title", 300));
        int lastSeq = Frames.nonNegative(frame, "lastSeq");
        String rememberedVisitor = Frames.optionalString(frame, "visitor", 40, null);
        sessions.arrived(shop.id(), widget);
        Arrival arrival = arrivals.arrive(shop.id(), rememberedVisitor, language, page, lastSeq, Frames.flag(frame, "newSession"));
        if (visitorId != null && !visitorId.equals(arrival.visitorId())) {
            sessions.forgetVisitor(visitorId, session);
        }
        visitorId = arrival.visitorId();
        sessions.identified(visitorId, session);
        invites.visitor(shop.id(), visitorId, language);
        Map<String, String> texts = widgetTexts.of(language);
        JsonObjectBuilder welcome = opening.describe(CachedJson.createObjectBuilder()
                .add("type", "welcome")
                .add("visitor", visitorId)
                .add("lang", language), arrival.availability(), language);
        arrival.ownAgent().ifPresent(agent -> {
            JsonObject button = AvailabilityPushes.ownAgent(agent, arrival.ownAgentAvailable());
            widget.showsOwnAgent(agent.username(), button);
            welcome.add("ownAgent", button.getJsonObject("agent"));
        });
        welcome
                .add("texts", CachedJson.createObjectBuilder(Map.copyOf(texts)))
                .add("topics", topics(texts))
                // the widget loads activity reporting and the bubble only for a shop with enabled rules (in memory)
                .add("invites", !inviteRules.of(shop.id()).rules().isEmpty());
        arrival.conversation().ifPresent(conversation -> welcome.add("conversation",
                ChatJson.shopperConversation(conversation, arrival.messages())));
        widget.send(welcome.build());
    }

    private JsonArrayBuilder topics(Map<String, String> texts) {
        JsonArrayBuilder topics = CachedJson.createArrayBuilder();
        shop.topicKeys().forEach(key -> topics.add(CachedJson.createObjectBuilder()
                .add("key", key).add("label", texts.getOrDefault("topic." + key, key))));
        return topics;
    }

    private void start(Session session, JsonObject frame) {
        String clientId = Frames.clientId(frame);
        limits.start(SocketAddress.of(session));
        PreChat preChat = new PreChat(Frames.name(frame, clientId), Frames.email(frame, false, clientId), shopTopic(frame, clientId));
        String text = Frames.optionalText(frame, "text", ChatMessage.MAX_TEXT, clientId);
        String agent = Frames.optionalText(frame, "agent", 40, clientId);
        InviteAnswer invite = invites.answer(Frames.optionalText(frame, "invite", 40, clientId));
        ConversationStarted started = conversations.start(shop.id(), visitorId,
                new StartRequest(preChat, language, page, text, clientId, agent, Frames.flag(frame, "wait"),
                        Frames.origin(frame, invite != null, clientId), invite));
        sessions.toVisitor(visitorId, CachedJson.createObjectBuilder()
                .add("type", "started")
                .add("clientId", clientId)
                .add("conversation", ChatJson.shopperConversation(started.conversation(), started.messages()))
                .build());
        started.messages().forEach(message -> Sockets.send(session, ChatJson.ack(message)));
    }

    private void post(Session session, JsonObject frame) {
        String clientId = Frames.clientId(frame);
        String text = Frames.text(frame, "text", ChatMessage.MAX_TEXT, clientId);
        ChatMessage message;
        try {
            message = conversations.postFromShopper(visitorId, clientId, text);
        } catch (AlreadyStored resend) {
            message = conversations.storedFromShopper(visitorId, clientId);
        }
        Sockets.send(session, ChatJson.ack(message));
    }

    private void typing(JsonObject frame) {
        boolean on = Frames.flag(frame, "on");
        conversations.currentOf(visitorId)
                .filter(Conversation::isOpen)
                .filter(conversation -> conversation.agent() != null)
                .ifPresent(conversation -> agentSessions.toAgent(conversation.agent().username(),
                        CachedJson.createObjectBuilder().add("type", "typing").add("conversation", conversation.id())
                                .add("on", on).build()));
    }

    private void contact(Session session, JsonObject frame) {
        String clientId = Frames.clientId(frame);
        ContactMessages.Form form = new ContactMessages.Form(Frames.name(frame, clientId), Frames.email(frame, true, clientId),
                shopTopic(frame, clientId), Frames.text(frame, "text", ContactMessage.MAX_TEXT, clientId),
                Frames.optionalText(frame, "agent", 40, clientId));
        ContactMessage stored;
        try {
            stored = contactMessages.store(shop.id(), visitorId, SocketAddress.of(session), clientId, form, language, page.url());
        } catch (OfflineRefused e) {
            throw new InvalidFrame("invalid", e.getMessage(), clientId);
        }
        Sockets.send(session, CachedJson.createObjectBuilder()
                .add("type", "contactAck").add("clientId", clientId).add("id", stored.id()).build());
    }

    private void callback(Session session, JsonObject frame) {
        String clientId = Frames.clientId(frame);
        CallbackWindow window;
        try {
            window = CallbackWindow.of(Frames.optionalString(frame, "window", 10, clientId));
        } catch (IllegalArgumentException e) {
            throw new InvalidFrame("invalid", e.getMessage(), clientId);
        }
        String topic = frame.containsKey("topic") ? shopTopic(frame, clientId) : null;
        ContactMessages.CallbackForm form = new ContactMessages.CallbackForm(Frames.name(frame, clientId),
                Frames.phone(frame, clientId), window, Frames.optionalDay(frame, "day", clientId), Frames.email(frame, false, clientId),
                topic, Frames.optionalText(frame, "text", ContactMessages.MAX_NOTE, clientId),
                Frames.optionalText(frame, "agent", 40, clientId));
        ContactMessage stored;
        try {
            stored = contactMessages.storeCallback(shop.id(), visitorId, SocketAddress.of(session), clientId, form, language, page.url());
        } catch (OfflineRefused e) {
            throw new InvalidFrame("invalid", e.getMessage(), clientId);
        }
        Sockets.send(session, CachedJson.createObjectBuilder()
                .add("type", "callbackAck").add("clientId", clientId).add("id", stored.id()).build());
    }

    /**
     * Up to three of the shop's articles for what the shopper is typing (knowledge K4), answered with the widget's
     * {@code ref} so it can drop an answer to text it no longer shows; nothing is stored.
     */
    private void suggest(Session session, JsonObject frame) {
        String text = Frames.text(frame, "text", MAX_SUGGEST_TEXT, null);
        int ref = Frames.nonNegative(frame, "ref");
        limits.suggest(SocketAddress.of(session));
        Sockets.send(session, CachedJson.createObjectBuilder().add("type", "suggestions").add("ref", ref)
                .add("articles", KnowledgeJson.suggestions(knowledge.suggest(shop.id(), language, text), "")).build());
    }

    /** The shop's signed word on who is logged in; the answer says only whether it held (C17). */
    private void identify(Session session, JsonObject frame) {
        IdentifyClaims.Claim claim = new IdentifyClaims.Claim(Frames.optionalString(frame, "customer", 64, null),
                Frames.epochSeconds(frame, "ts"), Frames.optionalString(frame, "sig", 64, null));
        boolean ok = identities.identify(shop.id(), visitorId, language, claim);
        if (ok) {
            invites.identified();
        }
        Sockets.send(session, CachedJson.createObjectBuilder().add("type", "identified").add("ok", ok).build());
    }

    /** The rating of a chat that ended: {@code surveyAck} once it is stored (or was already). */
    private void survey(Session session, JsonObject frame) {
        String clientId = Frames.clientId(frame);
        int rating = Frames.nonNegative(frame, "rating");
        if (rating < 1 || rating > 5) {
            throw new InvalidFrame("invalid", "'rating' must be 1 to 5", clientId);
        }
        String comment = Frames.optionalText(frame, "comment", Survey.MAX_COMMENT, clientId);
        try {
            surveys.answer(visitorId, Frames.optionalString(frame, "conversation", 40, clientId), rating, comment);
        } catch (AlreadyStored sameMoment) {
            // rated twice at once: the first answer stands, and this one is acknowledged like a resend
        }
        Sockets.send(session, CachedJson.createObjectBuilder().add("type", "surveyAck").add("clientId", clientId).build());
    }

    /** What the shop's page says is in the cart, for the agent of the visitor's open chat (C20); no answer. */
    private void cart(JsonObject frame) {
        JsonObject cart = Frames.optionalObject(frame, "cart");
        if (cart == null) {
            throw new InvalidFrame("invalid", "'cart' must be an object");
        }
        try {
            contexts.cart(visitorId, Cart.fromJson(cart));
        } catch (IllegalArgumentException e) {
            throw new InvalidFrame("invalid", e.getMessage());
        }
    }

    /** The shop's public service figures for its page ({@code data-shopfloor-performance}, K8). */
    private void performance(Session session) {
        PublicPerformance.Figures figures = performance.of(shop.id());
        JsonObjectBuilder frame = CachedJson.createObjectBuilder().add("type", "performance").add("days", figures.days())
                .add("targetSeconds", figures.targetSeconds());
        if (figures.satisfiedShare() != null) {
            frame.add("satisfiedShare", figures.satisfiedShare());
        }
        if (figures.answeredShare() != null) {
            frame.add("answeredShare", figures.answeredShare());
        }
        Sockets.send(session, frame.build());
    }

    private void team(Session session) {
        sessions.watchTeam(shop.id(), widget);
        ShopAvailability availability = availabilities.now(shop.id());
        Sockets.send(session, TeamJson.team(agents.ofShop(shop.id()), agent -> availability.isAvailable(agent.username())));
    }

    private String shopTopic(JsonObject frame, String clientId) {
        String topic = Frames.topic(frame, clientId);
        if (!shop.hasTopic(topic)) {
            throw new InvalidFrame("invalid", "'topic' must be one of the shop's question types", clientId);
        }
        return topic;
    }

    @OnClose
    public void close(Session session) {
        if (widget != null) {
            sessions.left(shop.id(), visitorId, widget);
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        if (!InboundFrames.refusedUnread(session, error)) {
            // Usually a peer that vanished mid-frame; @OnClose cleans up.
            LOG.log(Level.FINE, "Shopper socket error", error);
        }
    }
}
