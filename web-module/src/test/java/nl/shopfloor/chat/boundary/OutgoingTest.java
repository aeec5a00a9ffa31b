package nl.shopfloor.chat.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingTest {

    /** A socket whose writes complete when the test says so (or at once), recording what was written and closed. */
    static final class Peer {
        final Map<String, Object> properties = new HashMap<>();
        final List<String> written = new ArrayList<>();
        final List<SendHandler> pending = new ArrayList<>();
        CloseReason closed;
        boolean completesAtOnce;
        final Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getUserProperties" -> properties;
                    case "isOpen" -> closed == null;
                    case "getId" -> "peer";
                    case "getAsyncRemote" -> async();
                    case "close" -> {
                        closed = (CloseReason) args[0];
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        private RemoteEndpoint.Async async() {
            return (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{RemoteEndpoint.Async.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("sendText") || args.length != 2) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        written.add((String) args[0]);
                        SendHandler handler = (SendHandler) args[1];
                        if (completesAtOnce) {
                            handler.onResult(new SendResult());
                        } else {
                            pending.add(handler);
                        }
                        return null;
                    });
        }

        void completeOne() {
            pending.remove(0).onResult(new SendResult());
        }
    }

    @Test
    void framesGoOutInOrderOneWriteAtATime() {
        Peer peer = new Peer();
        Outgoing.attach(peer.session);
        for (int i = 0; i < 5; i++) {
            Sockets.send(peer.session, "frame" + i);
        }
        assertThat(peer.written).as("C9: the second waits for the first").containsExactly("frame0");
        for (int i = 0; i < 4; i++) {
            peer.completeOne();
        }
        assertThat(peer.written).containsExactly("frame0", "frame1", "frame2", "frame3", "frame4");
        assertThat(peer.closed).isNull();
    }

    @Test
    void writesThatCompleteAtOnceDoNotRecurse() {
        Peer peer = new Peer();
        peer.completesAtOnce = true;
        Outgoing.attach(peer.session);
        for (int i = 0; i < 10_000; i++) {
            Sockets.send(peer.session, "f");
        }
        assertThat(peer.written).hasSize(10_000);
        assertThat(peer.closed).isNull();
    }

    @Test
    void aSocketThatDoesNotKeepUpIsClosedAndDelaysNobodyElse() {
        Peer stuck = new Peer();
        Peer fine = new Peer();
        fine.completesAtOnce = true;
        Outgoing.attach(stuck.session);
        Outgoing.attach(fine.session);
        for (int i = 0; i <= Outgoing.MAX_FRAMES + 1; i++) {
            Sockets.send(stuck.session, "availability " + i);
            Sockets.send(fine.session, "availability " + i);
        }
        assertThat(stuck.closed).as("C9").isNotNull();
        assertThat(stuck.closed.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
        assertThat(fine.written).hasSize(Outgoing.MAX_FRAMES + 2);
        assertThat(fine.closed).isNull();
    }

    @Test
    void tooManyCharactersWaitingAlsoCloses() {
        Peer stuck = new Peer();
        Outgoing.attach(stuck.session);
        String big = "x".repeat(300 * 1024);
        for (int i = 0; i < 5; i++) {
            Sockets.send(stuck.session, big);
        }
        assertThat(stuck.closed).isNotNull();
    }
}
