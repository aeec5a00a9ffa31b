package nl.shopfloor.chat.boundary;

import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

final class Sockets {

    private static final Logger LOG = Logger.getLogger(Sockets.class.getName());

    private Sockets() {
    }

    /** Sends one frame; a dead peer is not the sender's problem (its close handler cleans up). */
    static void send(Session session, JsonObject frame) {
        if (!session.isOpen()) {
            return;
        }
        String text = frame.toString();
        // Frames for one connection come from many threads (its own handler, pushes for other sessions).
        synchronized (session) {
            try {
                session.getBasicRemote().sendText(text);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Could not send to " + session.getId(), e);
            }
        }
    }
}
