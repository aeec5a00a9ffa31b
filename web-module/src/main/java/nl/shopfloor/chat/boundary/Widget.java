package nl.shopfloor.chat.boundary;

import jakarta.json.JsonObject;
import jakarta.websocket.Session;

/**
 * One shopper's open widget as the pushes see it: its socket, the language it speaks and the personal button it
 * shows, if any. Written by its own endpoint, read by pushes on other threads.
 */
final class Widget {

    final Session session;
    private volatile String language = "en";
    private volatile String ownAgent;
    private volatile JsonObject ownAgentShown;

    Widget(Session session) {
        this.session = session;
    }

    String language() {
        return language;
    }

    void speaks(String language) {
        this.language = language;
    }

    /** The username of the agent the personal button is for, or null. */
    String ownAgent() {
        return ownAgent;
    }

    void showsOwnAgent(String username, JsonObject frame) {
        this.ownAgent = username;
        this.ownAgentShown = frame;
    }

    /** Sends the personal button's frame unless the widget shows exactly that already. */
    void showOwnAgent(JsonObject frame) {
        if (!frame.equals(ownAgentShown)) {
            ownAgentShown = frame;
            Sockets.send(session, frame);
        }
    }

    void send(JsonObject frame) {
        Sockets.send(session, frame);
    }
}
