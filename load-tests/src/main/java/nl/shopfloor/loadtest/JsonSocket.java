package nl.shopfloor.loadtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One WebSocket speaking JSON text frames, on the JDK's {@code java.net.http}. Every frame is handed to the
 * handler with the {@link System#nanoTime()} at which its last fragment arrived, taken before parsing. The handler
 * runs on the client's receive path: it must only record and hand work elsewhere, or it delays the next frame.
 */
final class JsonSocket {

    /** One JSON-P provider for the whole driver: {@code Json.createXxx()} looks it up anew on every call. */
    static final JsonProvider JSON = JsonProvider.provider();
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    interface Handler {
        void frame(JsonSocket socket, long receivedNanos, JsonObject frame);

        default void closed(JsonSocket socket, int status, String reason) {
        }
    }

    final String name;
    private final Handler handler;
    private volatile WebSocket webSocket;
    private volatile boolean closed;
    private CompletableFuture<WebSocket> tail = CompletableFuture.completedFuture(null);

    private JsonSocket(String name, Handler handler) {
        this.name = name;
        this.handler = handler;
    }

    static JsonSocket connect(HttpClient client, String name, URI uri, Map<String, String> headers, Handler handler) throws Exception {
        JsonSocket socket = new JsonSocket(name, handler);
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20));
        headers.forEach(builder::header);
        socket.webSocket = builder.buildAsync(uri, socket.new Listener()).get(30, TimeUnit.SECONDS);
        return socket;
    }

    /** Sends one frame and waits until it is written. */
    void send(JsonObject frame) {
        try {
            sendAsync(frame).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send on " + name, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("sending on " + name + " took longer than " + SEND_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Queues one frame behind the ones before it (java.net.http allows one outstanding send per socket) without
     * blocking the caller, so a slow write never holds up the driver's other shoppers.
     */
    synchronized CompletableFuture<WebSocket> sendAsync(JsonObject frame) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException(name + " is closed"));
        }
        String text = frame.toString();
        CompletableFuture<WebSocket> next = tail.handle((ws, error) -> null).thenCompose(ignored -> webSocket.sendText(text, true));
        tail = next;
        return next;
    }

    boolean isOpen() {
        return !closed;
    }

    void close() {
        WebSocket ws = webSocket;
        if (ws == null) {
            return;
        }
        closed = true;
        try {
            if (!ws.isOutputClosed()) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // dropped below
        } finally {
            ws.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long received = System.nanoTime();
                String text = partial.toString();
                partial.setLength(0);
                JsonObject frame;
                try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                    frame = reader.readObject();
                } catch (RuntimeException e) {
                    frame = JSON.createObjectBuilder().add("type", "unreadable").add("text", text).build();
                }
                try {
                    handler.frame(JsonSocket.this, received, frame);
                } catch (RuntimeException e) {
                    System.err.println("[load] handler failed on " + name + ": " + e);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            boolean expected = closed;
            closed = true;
            if (!expected) {
                handler.closed(JsonSocket.this, statusCode, reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            boolean expected = closed;
            closed = true;
            if (!expected) {
                handler.closed(JsonSocket.this, 1006, String.valueOf(error));
            }
        }
    }
}
