package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an attacker sends instead of what the widget and the dashboard send: frames that are no JSON, nested
 * 4,000 or 10,000 deep, of 9 KB, 33 KB or 1 MB, not UTF-8, binary, or with the wrong type in every field of every
 * frame type; REST bodies of the wrong shape, with numbers that overflow an int, nulls, huge strings. Each gets
 * its error code (widget-protocol.md) or a 4xx with a JSON reason, never an exception's name, nothing stored,
 * and costs the server log at most one record. Seed assumptions: demo shop, supervisor anouk, agent mehmet.
 */
class BadInputIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** This test's shoppers, behind the test's stand-in proxy. */
    private static final String FROM = "203.0.113.10";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void malformedFramesGetMalformedWithAShortReasonAndTheSocketKeepsWorking() {
        List<String> frames = List.of(
                "{\"type\":\"hello\",\"page\":" + "[".repeat(4000) + "]".repeat(4000) + "}",
                "{\"type\":\"hello\",\"page\":" + "{\"a\":".repeat(1300) + "1" + "}".repeat(1300) + "}",
                "[".repeat(8000),
                "{\"type\":\"hello\"} and more",
                "\u0000\u0001garbage\uFFFD",
                "{\"type\":\"hello\",\"x\":tru}",
                "{\"type\":\"hello\",\"x\":1e999999999999}",
                "{\"type\":[]}", "{\"type\":null}", "{}", "null", "42", "\"hello\"", "");
        ServerLog log = ServerLog.mark(server);
        try (Shopper shopper = Shopper.arriveFrom(server, FROM)) {
            for (String frame : frames) {
                shopper.socket.sendRaw(frame);
                JsonObject error = shopper.socket.awaitType("error", WAIT);
                assertThat(error.getString("code")).as("C11 " + abbreviated(frame)).isEqualTo("malformed");
                assertNamesNoClass(error.getString("message"));
            }
            shopper.socket.send(Json.createObjectBuilder().add("type", "team").build());
            assertThat(shopper.socket.awaitType("team", WAIT)).as("C11 the socket still works").isNotNull();
        }
        assertAtMostOneRecordEach(log, frames.size());
    }

    @Test
    void oversizedFramesGetTooLargeOrCloseTheSocketUnreadBeyondWhatTheServerReads() throws Exception {
        ServerLog log = ServerLog.mark(server);
        try (Shopper shopper = Shopper.arriveFrom(server, FROM)) {
            for (String frame : List.of(
                    "{\"type\":\"hello\",\"lang\":\"" + "x".repeat(9000) + "\"}",
                    "[".repeat(10_000) + "]".repeat(10_000),
                    "{\"type\":\"hello\",\"lang\":\"" + "\u20ac".repeat(9000) + "\"}")) {
                shopper.socket.sendRaw(frame);
                JsonObject error = shopper.socket.awaitType("error", WAIT);
                assertThat(error.getString("code")).as("C11 " + abbreviated(frame)).isEqualTo("too_large");
                assertNamesNoClass(error.getString("message"));
            }
        }
        // Beyond 32 KiB of UTF-8 the container stops reading the message and reports it (too_large, socket open);
        // beyond 33,000 bytes of one frame it closes the socket rather than buffer more.
        try (RawWebSocket raw = RawWebSocket.open(server, "/ws/shopper?shop=demo", "X-Forwarded-For: " + FROM)) {
            raw.sendText(("{\"type\":\"hello\",\"lang\":\"" + "x".repeat(32_800) + "\"}").getBytes(StandardCharsets.UTF_8));
            assertErrorFrame(raw.next(), "too_large", "C11 a frame of 32,800 bytes");
        }
        try (RawWebSocket raw = RawWebSocket.open(server, "/ws/shopper?shop=demo", "X-Forwarded-For: " + FROM)) {
            raw.sendText(("{\"type\":\"hello\",\"lang\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(raw.next().closed()).as("C11 a frame of 1 MB").extracting(RawWebSocket.Closed::code).isEqualTo(1011);
        }
        assertAtMostOneRecordEach(log, 5);
    }

    @Test
    void textThatIsNotUtf8ClosesTheSocketAndBinaryFramesAreDropped() throws Exception {
        ServerLog log = ServerLog.mark(server);
        try (RawWebSocket raw = RawWebSocket.open(server, "/ws/shopper?shop=demo", "X-Forwarded-For: " + FROM)) {
            raw.sendText(new byte[] {'{', '"', 't', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
            assertThat(raw.next().closed()).as("C11 invalid UTF-8").extracting(RawWebSocket.Closed::code).isEqualTo(1007);
        }
        try (RawWebSocket raw = RawWebSocket.open(server, "/ws/shopper?shop=demo", "X-Forwarded-For: " + FROM)) {
            raw.sendBinary(new byte[] {0, 1, 2, 3, (byte) 0xFF});
            raw.sendText("{\"type\":\"team\"}".getBytes(StandardCharsets.UTF_8));
            assertErrorFrame(raw.next(), "invalid", "C11 a binary frame is dropped, the next text frame answered ('hello' first)");
        }
        assertAtMostOneRecordEach(log, 2);
    }

    @Test
    void everyFieldOfEveryShopperFrameWithTheWrongTypeIsInvalid() {
        Map<String, JsonObject> frames = new LinkedHashMap<>();
        frames.put("hello", Json.createObjectBuilder().add("type", "hello").add("lang", "en").add("lastSeq", 0)
                .add("visitor", "nobody-known").build());
        frames.put("start", Json.createObjectBuilder().add("type", "start").add("clientId", "wrong-types-start").add("name", "Ann")
                .add("email", "ann@example.org").add("topic", "order").add("text", "hi").add("agent", "lisa").add("wait", false).build());
        frames.put("message", Json.createObjectBuilder().add("type", "message").add("clientId", "wrong-types-message").add("text", "hi").build());
        frames.put("typing", Json.createObjectBuilder().add("type", "typing").add("on", true).build());
        frames.put("contact", Json.createObjectBuilder().add("type", "contact").add("clientId", "wrong-types-contact").add("name", "Ann")
                .add("email", "ann@example.org").add("topic", "order").add("text", "hi").add("agent", "lisa").build());
        frames.put("callback", Json.createObjectBuilder().add("type", "callback").add("clientId", "wrong-types-callback").add("name", "Ann")
                .add("phone", "+31 6 1234 5678").add("window", "asap").add("day", "2026-12-01").add("email", "ann@example.org")
                .add("topic", "order").add("text", "hi").add("agent", "lisa").build());
        ServerLog log = ServerLog.mark(server);
        int sent = 0;
        for (Map.Entry<String, JsonObject> entry : frames.entrySet()) {
            for (String field : entry.getValue().keySet()) {
                if (field.equals("type")) {
                    continue;
                }
                // A socket per field: the per-socket rate limit (20 frames in 10 s) is not what this tests.
                try (Shopper shopper = Shopper.arriveFrom(server, FROM)) {
                    for (JsonValue wrong : wrongValues(entry.getValue().get(field))) {
                        JsonObject frame = Json.createObjectBuilder(entry.getValue()).add(field, wrong).build();
                        shopper.socket.send(frame);
                        sent++;
                        JsonObject error = shopper.socket.awaitType("error", WAIT);
                        assertThat(error.getString("code")).as("C11 %s.%s = %s", entry.getKey(), field, wrong).isEqualTo("invalid");
                        assertNamesNoClass(error.getString("message"));
                        if (frame.containsKey("clientId") && !field.equals("clientId")) {
                            assertThat(error.getString("clientId", null)).as("C11 the clientId of %s.%s", entry.getKey(), field)
                                    .isEqualTo(frame.getString("clientId"));
                        }
                    }
                }
            }
        }
        assertAtMostOneRecordEach(log, sent);
    }

    @Test
    void everyFieldOfEveryAgentFrameWithTheWrongTypeIsInvalid() {
        Map<String, JsonObject> frames = new LinkedHashMap<>();
        frames.put("open", Json.createObjectBuilder().add("type", "open").add("conversation", "nope").build());
        frames.put("message", Json.createObjectBuilder().add("type", "message").add("conversation", "nope")
                .add("clientId", "wrong-types-agent").add("text", "hi").build());
        frames.put("typing", Json.createObjectBuilder().add("type", "typing").add("conversation", "nope").add("on", true).build());
        frames.put("close", Json.createObjectBuilder().add("type", "close").add("conversation", "nope").build());
        frames.put("presence", Json.createObjectBuilder().add("type", "presence").add("status", "away").build());
        frames.put("takeover", Json.createObjectBuilder().add("type", "takeover").add("conversation", "nope").build());
        frames.put("transfer", Json.createObjectBuilder().add("type", "transfer").add("conversation", "nope").add("to", "agent:lisa")
                .add("note", "n").build());
        String cookie = new AgentLogin(server).login("mehmet");
        ServerLog log = ServerLog.mark(server);
        int sent = 0;
        for (Map.Entry<String, JsonObject> entry : frames.entrySet()) {
            try (JsonSocket agent = JsonSocket.connect(server.wsUri("/ws/agent"), server.origin(), cookie)) {
                agent.awaitType("snapshot", WAIT);
                for (String field : entry.getValue().keySet()) {
                    if (field.equals("type")) {
                        continue;
                    }
                    for (JsonValue wrong : wrongValues(entry.getValue().get(field))) {
                        agent.send(Json.createObjectBuilder(entry.getValue()).add(field, wrong).build());
                        sent++;
                        JsonObject error = agent.awaitType("error", WAIT);
                        assertThat(error.getString("code")).as("C11 agent %s.%s = %s", entry.getKey(), field, wrong).isEqualTo("invalid");
                        assertNamesNoClass(error.getString("message"));
                    }
                }
                agent.sendRaw("{\"type\":\"open\",\"conversation\":" + "[".repeat(4000) + "]".repeat(4000) + "}");
                sent++;
                assertThat(agent.awaitType("error", WAIT).getString("code")).as("C11 agent deep nesting").isEqualTo("malformed");
            }
        }
        assertAtMostOneRecordEach(log, sent);
    }

    /** Values of another type than {@code right}'s, and for a number ones that overflow an int or are no whole number. */
    private static List<JsonValue> wrongValues(JsonValue right) {
        List<JsonValue> wrong = new ArrayList<>(List.of(Json.createArrayBuilder().add("x").build(), Json.createObjectBuilder().add("x", 1).build()));
        switch (right.getValueType()) {
            case STRING -> wrong.addAll(List.of(Json.createValue(2147483648L), JsonValue.TRUE));
            case TRUE, FALSE -> wrong.addAll(List.of(Json.createValue(1), Json.createValue("true")));
            default -> wrong.addAll(List.of(Json.createValue("3"), JsonValue.TRUE, Json.createValue(2147483648L),
                    Json.createValue(new java.math.BigDecimal("1e20")), Json.createValue(1.5)));
        }
        return wrong;
    }

    @Test
    void restBodiesOfTheWrongShapeGet400WithAReasonAndChangeNothing() throws Exception {
        Supervisor anouk = Supervisor.anouk(server);
        String before = state(anouk);
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String huge = "{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}";
        List<String> everywhere = List.of("[]", "[{\"cap\":3}]", "\"text\"", "42", "null", "{", "{\"a\":1} {}", deep);
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        bodies.put("PUT /api/capacity", List.of("{}", "{\"cap\":\"3\"}", "{\"cap\":2147483648}", "{\"cap\":4294967299}",
                "{\"cap\":1e20}", "{\"cap\":1.5}", "{\"cap\":-1}", "{\"cap\":[3]}", "{\"cap\":true}"));
        bodies.put("PUT /api/settings/response-times", List.of("{}", "{\"apologyAfter\":null,\"rerouteAfter\":45,\"abandonAfter\":180}",
                "{\"apologyAfter\":\"20\",\"rerouteAfter\":45,\"abandonAfter\":180}",
                "{\"apologyAfter\":4294967316,\"rerouteAfter\":4294967341,\"abandonAfter\":4294967476}",
                "{\"apologyAfter\":20,\"rerouteAfter\":45}", "{\"apologyAfter\":90,\"rerouteAfter\":45,\"abandonAfter\":180}"));
        bodies.put("POST /api/messages/nope/answer", List.of("{}", "{\"text\":5}", "{\"text\":null}", "{\"text\":[\"hi\"]}",
                "{\"text\":\"" + "x".repeat(5000) + "\"}", "{\"text\":\"hi\"}"));
        bodies.put("PUT /api/hours/teams/nope", List.of("{}", "{\"periods\":{}}", "{\"periods\":[1]}",
                "{\"periods\":[{\"day\":5,\"from\":\"08:00\",\"to\":\"17:00\"}]}",
                "{\"periods\":[{\"day\":\"funday\",\"from\":\"08:00\",\"to\":\"17:00\"}]}",
                "{\"periods\":[{\"day\":\"monday\",\"from\":\"" + "8".repeat(5000) + "\",\"to\":\"17:00\"}]}",
                "{\"periods\":[" + "{\"day\":\"monday\",\"from\":\"08:00\",\"to\":\"09:00\"},".repeat(70) + "{}]}"));
        bodies.put("POST /api/hours/holidays", List.of("{}", "{\"day\":20261225,\"name\":\"Kerst\"}", "{\"day\":\"2026-13-45\",\"name\":\"Kerst\"}",
                "{\"day\":\"2026-12-25\"}", "{\"day\":\"2026-12-25\",\"name\":\"" + "x".repeat(5000) + "\"}", "{\"day\":\"2026-12-25\",\"name\":null}"));
        bodies.put("PUT /api/roster/rotation", List.of("{}", "{\"agents\":\"sanne\",\"channels\":[\"chat\"],\"days\":[\"monday\"],\"from\":\"08:00\",\"to\":\"18:00\",\"blockMinutes\":120}",
                "{\"agents\":[5],\"channels\":[\"chat\"],\"days\":[\"monday\"],\"from\":\"08:00\",\"to\":\"18:00\",\"blockMinutes\":120}",
                "{\"agents\":[\"sanne\"],\"channels\":[\"chat\"],\"days\":[\"monday\"],\"from\":\"08:00\",\"to\":\"18:00\",\"blockMinutes\":4294967416}",
                "{\"agents\":[\"sanne\"],\"channels\":[\"chat\"],\"days\":[\"monday\"],\"from\":\"08:00\",\"to\":\"18:00\",\"blockMinutes\":\"120\"}",
                "{\"agents\":[\"" + "s".repeat(5000) + "\"],\"channels\":[\"chat\"],\"days\":[\"monday\"],\"from\":\"08:00\",\"to\":\"18:00\",\"blockMinutes\":120}"));
        bodies.put("POST /api/roster/shifts", List.of("{}", "{\"agent\":5,\"day\":\"monday\",\"from\":\"08:00\",\"to\":\"10:00\",\"channel\":\"phone\"}",
                "{\"agent\":\"nobody\",\"day\":\"monday\",\"from\":\"08:00\",\"to\":\"10:00\",\"channel\":\"phone\"}",
                "{\"agent\":\"sanne\",\"day\":\"funday\",\"from\":\"08:00\",\"to\":\"10:00\",\"channel\":\"phone\"}",
                "{\"agent\":\"sanne\",\"day\":\"monday\",\"from\":\"10:00\",\"to\":\"08:00\",\"channel\":\"fax\"}",
                "{\"agent\":\"sanne\",\"day\":\"monday\",\"from\":null,\"to\":\"10:00\",\"channel\":\"phone\"}"));
        ServerLog log = ServerLog.mark(server);
        int calls = 0;
        for (Map.Entry<String, List<String>> endpoint : bodies.entrySet()) {
            String method = endpoint.getKey().split(" ")[0];
            String path = endpoint.getKey().split(" ")[1];
            List<String> all = new ArrayList<>(everywhere);
            all.addAll(endpoint.getValue());
            for (String body : all) {
                calls++;
                assertRefused(anouk.call(method, path, body), 400, endpoint.getKey() + " " + abbreviated(body));
            }
            calls += 4;
            assertRefused(anouk.call(method, path, ""), 400, endpoint.getKey() + " without a body");
            assertRefused(RawHttp.send(server, method, path, anouk.cookie(), huge.getBytes(StandardCharsets.UTF_8)), 413,
                    endpoint.getKey() + " with 1 MB");
            assertRefused(rawCall(anouk, method, path, "application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}),
                    400, endpoint.getKey() + " not UTF-8");
            assertRefused(rawCall(anouk, method, path, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415,
                    endpoint.getKey() + " as text/plain");
        }
        for (String call : List.of("POST /api/messages/nope/done", "POST /api/outbox/nope/retry", "DELETE /api/hours/holidays/nope",
                "DELETE /api/roster/shifts/nope")) {
            calls++;
            assertRefused(anouk.call(call.split(" ")[0], call.split(" ")[1], null), 400, call);
        }
        calls += 3;
        assertRefused(anouk.call("GET", "/api/no-such-thing", null), 404, "P1 an unknown path");
        assertRefused(anouk.call("DELETE", "/api/capacity", null), 405, "P1 an unknown method");
        assertRefused(anouk.call("PUT", "/api/capacity/" + "x".repeat(2000), "{\"cap\":3}"), 404, "P1 a long unknown path");
        assertThat(state(anouk)).as("P1 nothing stored by any refused call").isEqualTo(before);
        assertAtMostOneRecordEach(log, calls);
    }

    private static void assertErrorFrame(RawWebSocket.Received received, String code, String what) {
        assertThat(received.text()).as("%s: an error frame, not %s", what, received.closed()).isNotNull();
        JsonObject error = Json.createReader(new StringReader(received.text())).readObject();
        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getString("code")).as(what).isEqualTo(code);
        assertNamesNoClass(error.getString("message"));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String what) {
        assertRefused(new RawHttp.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body()),
                status, what);
    }

    private static void assertRefused(RawHttp.Response response, int status, String what) {
        assertThat(response.status()).as("P1 %s: %s", what, abbreviated(response.body())).isEqualTo(status);
        assertThat(response.contentType()).as("P1 %s is JSON", what).startsWith("application/json");
        String reason = Json.createReader(new StringReader(response.body())).readObject().getString("error");
        assertThat(reason).as("P1 %s has a reason", what).isNotBlank();
        assertNamesNoClass(reason);
    }

    private static HttpResponse<String> rawCall(Supervisor supervisor, String method, String path, String type, byte[] body) throws Exception {
        return supervisor.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The parts of the shop's settings the refused calls above would have changed. */
    private static String state(Supervisor anouk) throws Exception {
        JsonObject roster = anouk.getJson("/api/roster");
        JsonObject hours = anouk.getJson("/api/hours");
        return anouk.getJson("/api/capacity").get("cap") + "\n" + anouk.getJson("/api/settings/response-times") + "\n"
                + hours.get("teams") + hours.get("holidays") + "\n"
                + roster.getJsonArray("agents").stream().map(agent -> agent.asJsonObject().get("shifts").toString()).toList();
    }

    static void assertNamesNoClass(String text) {
        assertThat(text).as("names no exception or class").doesNotContainPattern("(?i)exception|java\\.|jakarta\\.|org\\.|nl\\.shopfloor|\\bat [a-z]+\\.");
    }

    static void assertAtMostOneRecordEach(ServerLog log, int inputs) {
        assertThat(log.stackTraceLinesSince()).as("no stack traces in the log:\n%s", String.join("\n", log.since())).isZero();
        assertThat(log.recordsSince()).as("at most one log record per bad input:\n%s", String.join("\n", log.since()))
                .isLessThanOrEqualTo(inputs);
    }

    static String abbreviated(String text) {
        return text == null || text.length() <= 120 ? String.valueOf(text) : text.substring(0, 120) + "… (" + text.length() + " chars)";
    }
}
