package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A team starting its shift together: every agent logs in, then all open the dashboard socket at the same
 * instant. Each handshake must succeed and belong to its own agent (once 5 of 6 were refused with HTTP 403,
 * see load-tests/README.md and {@code AgentFormLogin}).
 * Seed assumptions: the demo accounts with the demo password. Nobody goes online, and every socket is closed,
 * so presence stays as it was.
 */
class SimultaneousAgentHandshakesIT {

    /** The whole demo team, and sanne in a second browser: eight sessions of seven accounts. */
    private static final List<String> SESSIONS = List.of("sanne", "mehmet", "jeroen", "lisa", "pieter", "anouk", "admin", "sanne");
    private static final Duration WAIT = Duration.ofSeconds(15);

    static ShopfloorServer server;
    static ExecutorService browsers;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        browsers = Executors.newFixedThreadPool(SESSIONS.size());
    }

    @AfterAll
    static void shutDown() {
        browsers.shutdownNow();
    }

    @RepeatedTest(5)
    void everyAgentOfATeamStartingTogetherGetsTheDashboardSocket() throws Exception {
        AgentLogin login = new AgentLogin(server);
        List<String> cookies = new ArrayList<>();
        for (Future<String> loggedIn : startTogether(SESSIONS.stream().<Callable<String>>map(user -> () -> login.login(user)).toList())) {
            cookies.add(loggedIn.get());
        }

        List<Future<JsonSocket>> handshakes = startTogether(cookies.stream()
                .<Callable<JsonSocket>>map(cookie -> () -> JsonSocket.connect(login.agentSocketUri(), server.origin(), cookie))
                .toList());
        List<JsonSocket> sockets = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try {
            for (int i = 0; i < handshakes.size(); i++) {
                try {
                    sockets.add(handshakes.get(i).get());
                } catch (ExecutionException e) {
                    refused.add(SESSIONS.get(i) + ": " + (e.getCause() instanceof JsonSocket.HandshakeFailed failed
                            ? "HTTP " + failed.status() : e.getCause().toString()));
                }
            }
            assertThat(refused).as("dashboard handshakes refused").isEmpty();
            for (int i = 0; i < sockets.size(); i++) {
                assertThat(sockets.get(i).awaitType("snapshot", WAIT).getJsonObject("agent").getString("username"))
                        .as("the dashboard of session %d is its own agent's", i).isEqualTo(SESSIONS.get(i));
            }
        } finally {
            sockets.forEach(JsonSocket::close);
        }
    }

    /** Runs the tasks on their own threads, released together from one start line. */
    private static <T> List<Future<T>> startTogether(List<Callable<T>> tasks) {
        CyclicBarrier startLine = new CyclicBarrier(tasks.size());
        return tasks.stream().map(task -> browsers.submit(() -> {
            startLine.await();
            return task.call();
        })).toList();
    }
}
