package nl.shopfloor.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request whose body is written while the response is read: a server that refuses a huge body
 * after its first kilobytes answers before the body is sent, and Java's HTTP client would wait to finish
 * sending first (and time out, the server having stopped reading).
 */
final class RawHttp {

    record Response(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    static Response send(ShopfloorServer server, String method, String path, String cookie, byte[] json) throws Exception {
        return send(server, method, path, Map.of("Cookie", cookie), json);
    }

    static Response send(ShopfloorServer server, String method, String path, Map<String, String> headers, byte[] json) throws Exception {
        return send(server, method, path, "application/json", headers, json);
    }

    static Response send(ShopfloorServer server, String method, String path, String contentType, Map<String, String> headers, byte[] json)
            throws Exception {
        URI uri = server.baseUri();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + json.length + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Connection: close\r\n\r\n");
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                    out.write(json);
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading: what the test is about
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            Response response = read(socket.getInputStream());
            writer.join(15_000);
            return response;
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        long contentLength = -1;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (java.net.SocketException e) {
                n = -1; // reset after the response: it is complete or it is not, checked below
            }
            if (n == -1) {
                break;
            }
            all.write(buffer, 0, n);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, headEnd).split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        contentLength = Long.parseLong(line.substring(15).trim());
                    }
                }
            }
            if (headEnd >= 0 && contentLength >= 0 && all.size() >= headEnd + 4 + contentLength) {
                break;
            }
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (headEnd < 0) {
            throw new IOException("no HTTP response, got: " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        String contentType = "";
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            }
        }
        String body = text.substring(headEnd + 4);
        if (text.substring(0, headEnd).toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunked(body);
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), contentType, body);
    }

    private static String dechunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
