package nl.shopfloor.chat.boundary;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One socket's frames on their way out, in order, without ever making the sender wait: a frame is queued and
 * the socket sends one at a time asynchronously, the next when the last is written. A socket that cannot keep
 * up — more than {@link #MAX_FRAMES} frames or {@link #MAX_CHARS} characters waiting — is closed with 1013
 * (try again later) and its client reconnects and resumes; nobody else waits for it.
 */
final class Outgoing {

    static final int MAX_FRAMES = 256;
    static final long MAX_CHARS = 1 << 20;
    private static final Logger LOG = Logger.getLogger(Outgoing.class.getName());
    private static final String KEY = Outgoing.class.getName();

    private final Session session;
    private final Queue<String> frames = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong waitingChars = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Outgoing(Session session) {
        this.session = session;
    }

    /** Call once when the socket opens, before anything may send to it. */
    static void attach(Session session) {
        session.getUserProperties().put(KEY, new Outgoing(session));
    }

    static Outgoing of(Session session) {
        Object outgoing = session.getUserProperties().get(KEY);
        if (outgoing != null) {
            return (Outgoing) outgoing;
        }
        synchronized (session) {
            return (Outgoing) session.getUserProperties().computeIfAbsent(KEY, key -> new Outgoing(session));
        }
    }

    void send(String text) {
        if (closed.get() || !session.isOpen()) {
            return;
        }
        if (waiting.incrementAndGet() > MAX_FRAMES || waitingChars.addAndGet(text.length()) > MAX_CHARS) {
            tooSlow();
            return;
        }
        frames.add(text);
        pump();
    }

    /** Starts the next write unless one is under way; a write that completes at once is followed here, not recursively. */
    private void pump() {
        while (!frames.isEmpty() && writing.compareAndSet(false, true)) {
            String next = frames.poll();
            if (next == null) {
                writing.set(false);
                continue;
            }
            waiting.decrementAndGet();
            waitingChars.addAndGet(-next.length());
            Write write = new Write();
            try {
                session.getAsyncRemote().sendText(next, write);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not send to " + session.getId(), e);
                gone();
                return;
            }
            if (write.returnedFirst()) {
                return; // the completion continues
            }
        }
    }

    private final class Write implements jakarta.websocket.SendHandler {
        private final AtomicInteger state = new AtomicInteger(); // 0 writing, 1 the sender returned, 2 completed first

        boolean returnedFirst() {
            return state.compareAndSet(0, 1);
        }

        @Override
        public void onResult(SendResult result) {
            writing.set(false);
            if (!result.isOK()) {
                LOG.log(Level.FINE, "Send to " + session.getId() + " failed", result.getException());
                gone();
                return;
            }
            if (!state.compareAndSet(0, 2)) {
                pump();
            }
        }
    }

    private void tooSlow() {
        LOG.info("Closing socket " + session.getId() + ": it does not keep up with its frames");
        close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow"));
    }

    /** Closes the socket once; frames still waiting are dropped (the client resumes after reconnecting). */
    void close(CloseReason reason) {
        if (closed.compareAndSet(false, true)) {
            frames.clear();
            try {
                session.close(reason);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing " + session.getId() + " failed", e);
            }
        }
    }

    /** The peer is gone; its close handler cleans up. */
    private void gone() {
        closed.set(true);
        frames.clear();
    }
}
