package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A WebSocket test client speaking JSON text frames, on the JDK's {@code java.net.http}.
 * Received frames are kept in arrival order; {@link #awaitType} takes the first one of a type and leaves
 * the others for later assertions. Waits end on the frame, on the close of the socket, or on the timeout —
 * whichever comes first.
 */
public final class JsonSocket implements AutoCloseable {

    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI uri;
    private final List<JsonObject> pending = new ArrayList<>();
    private final List<JsonObject> received = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private WebSocket webSocket;

    /** The server's close frame (or 1006 with the error, when the connection broke). */
    public record Closed(int statusCode, String reason) {
    }

    /** The server refused the upgrade; {@link #status()} is its HTTP status (403 for a foreign origin, ...). */
    public static final class HandshakeFailed extends RuntimeException {
        private final int status;

        HandshakeFailed(URI uri, int status, String body, Throwable cause) {
            super("WebSocket handshake to " + uri + " refused with HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body), cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private JsonSocket(URI uri) {
        this.uri = uri;
    }

    /** Opens a socket with an {@code Origin} and, when not null, a {@code Cookie} header. */
    public static JsonSocket connect(URI uri, String origin, String cookie) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (origin != null) {
            headers.put("Origin", origin);
        }
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return connect(uri, headers);
    }

    /** Opens a socket with the given handshake headers; throws {@link HandshakeFailed} when refused. */
    public static JsonSocket connect(URI uri, Map<String, String> headers) {
        JsonSocket socket = new JsonSocket(uri);
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(HANDSHAKE_TIMEOUT);
        headers.forEach(builder::header);
        try {
            socket.webSocket = builder.buildAsync(uri, socket.new Listener())
                    .get(HANDSHAKE_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            return socket;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                var response = refused.getResponse();
                Object body = response.body();
                String text = body instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        : body == null ? null : body.toString();
                throw new HandshakeFailed(uri, response.statusCode(), text, refused);
            }
            throw new IllegalStateException("WebSocket connection to " + uri + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("WebSocket handshake to " + uri + " took longer than " + HANDSHAKE_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void send(JsonObject frame) {
        sendRaw(frame.toString());
    }

    /** Sends any text as one frame, e.g. malformed JSON. */
    public void sendRaw(String text) {
        try {
            webSocket.sendText(text, true).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + uri + ": " + text, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("sending to " + uri + " took longer than " + SEND_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Takes the first received frame whose {@code type} is {@code type}, waiting for it up to {@code timeout}. */
    public JsonObject awaitType(String type, Duration timeout) {
        return await(timeout, "\"" + type + "\" frame", frame -> type.equals(frame.getString("type", null)));
    }

    /** Takes the next received frame, whatever its type. */
    public JsonObject awaitNext(Duration timeout) {
        return await(timeout, "frame", frame -> true);
    }

    /** Waits for the server to close the socket (or for the connection to break). */
    public Closed awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("socket " + uri + " still open after " + timeout + "; frames not taken: " + pending());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Frames received and not yet taken by an await, in arrival order. */
    public synchronized List<JsonObject> pending() {
        return List.copyOf(pending);
    }

    /** Every frame received so far, taken or not, in arrival order. */
    public synchronized List<JsonObject> received() {
        return List.copyOf(received);
    }

    public boolean isOpen() {
        return !closed.isDone() && !webSocket.isInputClosed();
    }

    /** Closes normally (1000) and waits briefly for the server's answer; then drops the connection. */
    @Override
    public void close() {
        if (webSocket == null || closed.isDone()) {
            return;
        }
        try {
            if (!webSocket.isOutputClosed()) {
                webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            closed.get(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the server did not answer the close: drop the connection below
        } finally {
            webSocket.abort();
        }
    }

    private JsonObject await(Duration timeout, String what, Predicate<JsonObject> wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (int i = 0; i < pending.size(); i++) {
                    if (wanted.test(pending.get(i))) {
                        return pending.remove(i);
                    }
                }
                if (!problems.isEmpty()) {
                    throw new AssertionError("socket " + uri + " received unreadable frames " + problems + " while waiting for " + what);
                }
                if (closed.isDone()) {
                    throw new AssertionError("socket " + uri + " closed " + closed.join() + " before " + what
                            + " arrived; frames not taken: " + pending);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " on " + uri + " within " + timeout + "; frames not taken: " + pending);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private synchronized void frame(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject frame = reader.readObject();
            pending.add(frame);
            received.add(frame);
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            problems.add(text);
        }
        notifyAll();
    }

    private synchronized void ended(Closed how) {
        closed.complete(how);
        notifyAll();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                frame(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            synchronized (JsonSocket.this) {
                problems.add("(binary frame of " + data.remaining() + " bytes)");
                JsonSocket.this.notifyAll();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            ended(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            ended(new Closed(1006, String.valueOf(error)));
        }
    }
}
