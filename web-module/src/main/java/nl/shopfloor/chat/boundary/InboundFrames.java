package nl.shopfloor.chat.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.websocket.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.CachedJson;
import nl.shopfloor.chat.control.AccessDenied;
import nl.shopfloor.chat.control.AgentUnavailable;
import nl.shopfloor.chat.control.NoAgentAvailable;
import nl.shopfloor.offline.control.TooManyContacts;

/**
 * One connection's inbound side: rate limit, parse, hand over, and turn every refusal into an
 * {@code error} frame. Nothing a client sends can crash the connection or leave half-stored state.
 */
final class InboundFrames {

    private static final Logger LOG = Logger.getLogger(InboundFrames.class.getName());

    /** Failures logged per connection and minute: one client must not be able to flood the log. */
    static final int MAX_LOGGED_FAILURES = 3;

    private final RateLimit rateLimit;
    private final RateLimit logLimit;

    InboundFrames(Clock clock, int maxFrames, Duration window) {
        this.rateLimit = new RateLimit(clock, maxFrames, window);
        this.logLimit = new RateLimit(clock, MAX_LOGGED_FAILURES, Duration.ofMinutes(1));
    }

    void receive(Session session, String raw, Consumer<JsonObject> handler) {
        JsonObject frame = null;
        try {
            if (!rateLimit.tryTake()) {
                throw new InvalidFrame("rate_limited", "Too many messages; slow down");
            }
            frame = Frames.parse(raw);
            handler.accept(frame);
        } catch (InvalidFrame e) {
            Sockets.send(session, ChatJson.error(e.code(), e.getMessage(), e.clientId() != null ? e.clientId() : Frames.validClientId(frame)));
        } catch (AgentUnavailable e) {
            Sockets.send(session, CachedJson.createObjectBuilder(ChatJson.error("agent_unavailable", e.getMessage(), clientIdOf(frame)))
                    .add("agent", CachedJson.createObjectBuilder(ChatJson.agent(e.agent())).add("id", e.agent().publicId()))
                    .build());
        } catch (NoAgentAvailable e) {
            Sockets.send(session, ChatJson.error("no_agent", "Nobody can chat right now", clientIdOf(frame)));
        } catch (TooManyContacts e) {
            Sockets.send(session, CachedJson.createObjectBuilder(ChatJson.error("rate_limited", e.getMessage(), clientIdOf(frame)))
                    .add("retryAfter", e.retryAfter().toSeconds()).build());
        } catch (Throttled e) {
            Sockets.send(session, CachedJson.createObjectBuilder(ChatJson.error("rate_limited", e.getMessage(), clientIdOf(frame)))
                    .add("retryAfter", e.retryAfter().toSeconds()).build());
        } catch (AccessDenied e) {
            Sockets.send(session, ChatJson.error("no_conversation", "There is no such open conversation", clientIdOf(frame)));
        } catch (RuntimeException e) {
            logFailure(session, e);
            Sockets.send(session, ChatJson.error("internal", "Something went wrong; please try again", clientIdOf(frame)));
        }
    }

    /**
     * A message the container did not hand over: Tyrus reads at most {@link Frames#MAX_MESSAGE_BYTES} of one,
     * reports it to {@code @OnError} and keeps the socket open; the client gets the error frame it would get
     * for a frame we refuse ourselves. (Text that is not UTF-8 Tyrus closes itself, with 1007.) Tyrus'
     * exception classes are the server's, so it is known by name. False for any other error.
     */
    static boolean refusedUnread(Session session, Throwable error) {
        if (!error.getClass().getSimpleName().equals("MessageTooBigException")) {
            return false;
        }
        Sockets.send(session, ChatJson.error("too_large", "A frame may hold at most " + Frames.MAX_FRAME_CHARS + " characters", null));
        return true;
    }

    /** One line with where it broke; the stack trace only at FINE. Refused frames are the client's business: not logged. */
    private void logFailure(Session session, RuntimeException e) {
        if (!logLimit.tryTake()) {
            return;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        String where = root + (trace.length > 0 ? " at " + trace[0] : "");
        LOG.warning(() -> "Frame failed on " + session.getRequestURI().getPath() + " (socket " + session.getId() + "): " + where);
        LOG.log(Level.FINE, "Frame failure in full", e);
    }

    private static String clientIdOf(JsonObject frame) {
        return frame != null && frame.get("clientId") instanceof JsonString id ? id.getString() : null;
    }
}
