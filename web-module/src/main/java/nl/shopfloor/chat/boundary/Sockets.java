package nl.shopfloor.chat.boundary;

import jakarta.json.JsonObject;
import jakarta.websocket.Session;

/** The one way frames leave for a socket: queued, never blocking the caller (see {@link Outgoing}). */
final class Sockets {

    private Sockets() {
    }

    static void send(Session session, JsonObject frame) {
        send(session, frame.toString());
    }

    /** For a frame many sockets get: serialised once by the caller. */
    static void send(Session session, String frame) {
        Outgoing.of(session).send(frame);
    }
}
