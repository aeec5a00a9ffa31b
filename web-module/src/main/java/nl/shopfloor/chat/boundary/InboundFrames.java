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

/**
 * One connection's inbound side: rate limit, parse, hand over, and turn every refusal into an
 * {@code error} frame. Nothing a client sends can crash the connection or leave half-stored state.
 */
final class InboundFrames {

    private static final Logger LOG = Logger.getLogger(InboundFrames.class.getName());

    private final RateLimit rateLimit;

    InboundFrames(Clock clock, int maxFrames, Duration window) {
        this.rateLimit = new RateLimit(clock, maxFrames, window);
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
            Sockets.send(session, ChatJson.error(e.code(), e.getMessage(), e.clientId()));
        } catch (AgentUnavailable e) {
            Sockets.send(session, CachedJson.createObjectBuilder(ChatJson.error("agent_unavailable", e.getMessage(), clientIdOf(frame)))
                    .add("agent", CachedJson.createObjectBuilder(ChatJson.agent(e.agent())).add("id", e.agent().publicId()))
                    .build());
        } catch (NoAgentAvailable e) {
            Sockets.send(session, ChatJson.error("no_agent", "Nobody can chat right now", clientIdOf(frame)));
        } catch (AccessDenied e) {
            Sockets.send(session, ChatJson.error("no_conversation", "There is no such open conversation", clientIdOf(frame)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Frame failed on " + session.getRequestURI().getPath(), e);
            Sockets.send(session, ChatJson.error("internal", "Something went wrong; please try again", clientIdOf(frame)));
        }
    }

    private static String clientIdOf(JsonObject frame) {
        return frame != null && frame.get("clientId") instanceof JsonString id ? id.getString() : null;
    }
}
