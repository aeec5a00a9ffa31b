package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Time from a chat being assigned to its agent until the Web Push message for it reaches the push service (issue 12,
 * notifications N6): every agent's "browser" is subscribed to a push service this driver runs on 127.0.0.1
 * ({@link PushReceiver}, RFC 8030, the messages decrypted per RFC 8291), many shoppers start chats, and for each chat
 * the {@code new_chat} push is matched by its chat id.
 *
 * <ol>
 * <li>Boot 1 on a fresh embedded H2 database with demo data, stopped; the team is given room ({@link LoadTeam}).</li>
 * <li>Boot 2, the measured server, with {@code SHOPFLOOR_NOTIFICATIONS_ALLOW_LOCAL_HTTP=true} (the push service is plain
 * http on this machine). Each agent logs in, subscribes one browser through {@code POST /api/notifications/subscriptions},
 * opens the dashboard socket and goes online.</li>
 * <li>The shoppers connect and start their chats at {@code --starts-per-second}; routing assigns each one.</li>
 * <li>Per chat two figures: from the {@code assigned} frame on the agent's dashboard socket (the assignment committed and
 * pushed to the open dashboard) to the push message's arrival, and from the shopper's {@code start} being sent.</li>
 * </ol>
 * Nobody answers, so after the shop's apology time the waiting-chat alarms and take-over offers join in (counted, not
 * timed): the run ends when every chat's {@code new_chat} push has arrived or after {@code --drain} seconds.
 */
public final class PushLatencyLoadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ServerFiles files;
    private final int conversations;
    private final double startsPerSecond;
    private final int maxChats;
    private final Duration drain;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Long> assignedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> startSentAt = new ConcurrentHashMap<>();
    /** The first chats of a run meet a cold server (JIT, the first TLS-less HTTP client, the VAPID token): reported apart. */
    private final int warmupChats;
    private final Map<String, Long> pushedAt = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> pushesByKind = new ConcurrentHashMap<>();
    private final List<JsonSocket> sockets = new ArrayList<>();

    private PushLatencyLoadTest(Options options) {
        files = ServerFiles.from(options, "load-tests/target/loadtest-push", "-Xms1g -Xmx1g").checked();
        conversations = options.positive("conversations", "200");
        startsPerSecond = options.notNegative("starts-per-second", "20");
        maxChats = options.positive("max-chats", "20");
        drain = options.seconds("drain", "60");
        warmupChats = Integer.parseInt(options.value("warmup-chats", "20"));
    }

    public static void main(String[] args) {
        String usage = """
                PushLatencyLoadTest: chat assigned -> Web Push message at a local RFC 8030 push service, p50/p99.
                  --conversations=200 --starts-per-second=20 --max-chats=20 --drain=60 --warmup-chats=20 --time-limit=900
                """ + ServerFiles.USAGE;
        Options options = TimeLimit.optionsOrExit(() -> Options.parse(args, ServerFiles.optionNamesWith("conversations",
                "starts-per-second", "max-chats", "drain", "warmup-chats", "time-limit")), usage);
        TimeLimit.exitAfter(options.seconds("time-limit", "900"), () -> new PushLatencyLoadTest(options).run());
    }

    private int run() throws Exception {
        Path workdir = files.workdir();
        Files.createDirectories(workdir);
        MicroServer.deleteTree(workdir.resolve("data"));
        System.out.printf("[push] %d chats at %s/s, work dir %s%n", conversations, startsPerSecond, workdir);
        try (MicroServer first = MicroServer.start(files, "boot1")) {
            first.stop();
        }
        List<String> usernames = LoadTeam.prepare(MicroServer.h2Url(files),
                Math.max(LoadTeam.DEMO_AGENTS.size(), (int) Math.ceil(conversations * 1.2 / maxChats)), maxChats);
        Map<String, String> env = new HashMap<>();
        env.put("SHOPFLOOR_TRUSTED_PROXIES", "127.0.0.1");
        env.put("SHOPFLOOR_NOTIFICATIONS_ALLOW_LOCAL_HTTP", "true");
        try (PushReceiver push = new PushReceiver(this::arrived); MicroServer server = MicroServer.start(files, "boot2", env)) {
            for (String username : usernames) {
                online(server, push, username);
            }
            System.out.printf("[push] %d agents logged in, subscribed, online%n", usernames.size());
            startChats(server);
            long deadline = System.nanoTime() + drain.toNanos();
            while (!pushedAt.keySet().containsAll(startSentAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return report(server);
        } finally {
            sockets.forEach(JsonSocket::close);
        }
    }

    private void arrived(long at, JsonObject payload) {
        String kind = payload.getString("kind", "?");
        pushesByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (kind.equals("new_chat")) {
            pushedAt.putIfAbsent(payload.getString("chat"), at);
        }
    }

    private void online(MicroServer server, PushReceiver push, String username) throws Exception {
        String cookie = FormLogin.cookie(server, username);
        HttpResponse<String> subscribed = client.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/notifications/subscriptions"))
                .timeout(WAIT).header("Cookie", cookie).header("Content-Type", "application/json").header("Origin", server.origin())
                .POST(HttpRequest.BodyPublishers.ofString(push.subscribe(username))).build(), HttpResponse.BodyHandlers.ofString());
        if (subscribed.statusCode() != 201) {
            throw new IllegalStateException("subscription of " + username + ": HTTP " + subscribed.statusCode() + " " + subscribed.body());
        }
        CompletableFuture<Void> isOnline = new CompletableFuture<>();
        JsonSocket socket = JsonSocket.connect(client, "agent " + username, server.wsUri("/ws/agent"),
                Map.of("Origin", server.origin(), "Cookie", cookie), (s, receivedNanos, frame) -> {
                    switch (frame.getString("type", "")) {
                        case "assigned" -> assignedAt.putIfAbsent(frame.getJsonObject("chat").getString("id"), receivedNanos);
                        case "presence" -> {
                            if ("online".equals(frame.getString("status", ""))) {
                                isOnline.complete(null);
                            }
                        }
                        default -> { }
                    }
                });
        sockets.add(socket);
        socket.send(JSON.createObjectBuilder().add("type", "presence").add("status", "online").build());
        isOnline.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private void startChats(MicroServer server) throws Exception {
        long every = (long) (1e9 / Math.max(startsPerSecond, 0.001));
        long next = System.nanoTime();
        List<CompletableFuture<String>> started = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            CompletableFuture<JsonObject> welcome = new CompletableFuture<>();
            CompletableFuture<String> chat = new CompletableFuture<>();
            java.util.concurrent.atomic.AtomicLong sentAt = new java.util.concurrent.atomic.AtomicLong();
            JsonSocket socket = JsonSocket.connect(client, "shopper " + i, server.wsUri("/ws/shopper?shop=demo"),
                    Map.of("Origin", server.origin(), "X-Forwarded-For", DemoShop.address(i)), (s, receivedNanos, frame) -> {
                        switch (frame.getString("type", "")) {
                            case "welcome" -> welcome.complete(frame);
                            case "started" -> {
                                String id = frame.getJsonObject("conversation").getString("id");
                                startSentAt.put(id, sentAt.get());
                                chat.complete(id);
                            }
                            case "error" -> chat.completeExceptionally(new IllegalStateException(frame.toString()));
                            default -> { }
                        }
                    });
            sockets.add(socket);
            socket.send(DemoShop.hello(server.origin(), i));
            welcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += every;
            sentAt.set(System.nanoTime());
            socket.sendAsync(JSON.createObjectBuilder().add("type", "start").add("name", "Load " + i).add("topic", DemoShop.topic(i))
                    .add("text", "Is this one in stock?").add("clientId", String.format("start-%05d", i)).build());
            started.add(chat);
        }
        Map<String, Integer> refused = new java.util.TreeMap<>();
        for (CompletableFuture<String> chat : started) {
            try {
                chat.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                refused.merge(String.valueOf(e.getCause().getMessage()), 1, Integer::sum);
            } catch (java.util.concurrent.TimeoutException e) {
                refused.merge("no answer", 1, Integer::sum);
            }
        }
        System.out.printf("[push] %d chats started, refused: %s%n", startSentAt.size(), refused);
    }

    private int report(MicroServer server) {
        Histogram fromAssigned = new SynchronizedHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        Histogram fromStart = new SynchronizedHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        Histogram warmup = new SynchronizedHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        int earlierThanDashboard = 0;
        List<Map.Entry<String, Long>> inOrder = startSentAt.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            Map.Entry<String, Long> chat = inOrder.get(i);
            Long pushed = pushedAt.get(chat.getKey());
            Long assigned = assignedAt.get(chat.getKey());
            if (i < warmupChats) {
                if (pushed != null && assigned != null) {
                    warmup.recordValue(Math.max(0, pushed - assigned));
                }
                continue;
            }
            if (pushed == null) {
                continue;
            }
            fromStart.recordValue(Math.max(0, pushed - chat.getValue()));
            if (assigned != null) {
                if (pushed < assigned) {
                    earlierThanDashboard++;
                }
                fromAssigned.recordValue(Math.max(0, pushed - assigned));
            }
        }
        long lost = startSentAt.keySet().stream().filter(id -> !pushedAt.containsKey(id)).count();
        System.out.printf("[push] chats %d, new_chat pushes received %d, missing %d; pushes by kind %s%n", startSentAt.size(),
                pushedAt.size(), lost, pushesByKind);
        line("warm-up: the first " + warmupChats + " chats, assigned frame -> push", warmup);
        line("assigned frame on the dashboard -> push at the push service", fromAssigned);
        System.out.printf("[push]   (%d pushes arrived before the dashboard's frame: counted as 0)%n", earlierThanDashboard);
        line("shopper's start sent -> push at the push service", fromStart);
        System.out.printf("[push] server CPU %d ms; machine load %s; log %s%n", server.cpu().toMillis(), Machine.loadAverage(), server.log());
        return lost == 0 ? 0 : 1;
    }

    private static void line(String what, Histogram histogram) {
        System.out.printf("[push] %s: n %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(90) / 1e6,
                histogram.getValueAtPercentile(99) / 1e6, histogram.getMaxValue() / 1e6);
    }
}
