package nl.shopfloor.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket spoken byte by byte, for what a well-behaved client library refuses to send: text frames that
 * are not UTF-8, binary frames, one frame far beyond the limit. Just enough of RFC 6455 for that.
 */
final class RawWebSocket implements AutoCloseable {

    /** The server's close frame: its code, or 1006 when the connection ended without one. */
    record Closed(int code, String reason) {
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(15_000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Opens {@code path} on the server with these extra handshake headers ("Name: value" each); fails unless 101. */
    static RawWebSocket open(ShopfloorServer server, String path, String... headers) throws IOException {
        URI uri = server.baseUri();
        RawWebSocket raw = new RawWebSocket(new Socket(uri.getHost(), uri.getPort()));
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nOrigin: " + server.origin() + "\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        raw.out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        raw.out.flush();
        String response = raw.readHead();
        if (!response.startsWith("HTTP/1.1 101")) {
            raw.close();
            throw new IOException("handshake refused: " + response.lines().findFirst().orElse(response));
        }
        return raw;
    }

    void sendText(byte[] payload) throws IOException {
        send(0x1, payload);
    }

    void sendBinary(byte[] payload) throws IOException {
        send(0x2, payload);
    }

    /** One frame, masked as a client must; writing stops quietly when the server has closed meanwhile. */
    void send(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift) & 0xFF);
            }
        }
        byte[] mask = {0x12, 0x34, 0x56, 0x78};
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            // the server closed the connection before reading it all: what the caller checks next
        }
    }

    /** What came next: a text frame, or the end (the server's close frame; 1006 without one; -1 when nothing came in time). */
    record Received(String text, Closed closed) {
    }

    Received next() throws IOException {
        try {
            int first = in.read();
            if (first == -1) {
                return new Received(null, new Closed(1006, "no close frame"));
            }
            long length = in.read() & 0x7F;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            byte[] payload = in.readNBytes((int) length);
            if ((first & 0x0F) == 0x8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                String reason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                return new Received(null, new Closed(code, reason));
            }
            return new Received(new String(payload, StandardCharsets.UTF_8), null);
        } catch (java.net.SocketTimeoutException e) {
            return new Received(null, new Closed(-1, "nothing within the timeout"));
        } catch (java.net.SocketException e) {
            return new Received(null, new Closed(1006, String.valueOf(e.getMessage())));
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                break;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
