package nl.shopfloor.systemtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The project's Artemis broker (broker module) as its own process on 127.0.0.1, one per test server, with
 * its journal under the server's work dir; killed and restarted by the tests that prove nothing is lost.
 */
final class TestBroker {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int port;
    private Process process;

    TestBroker(Path home) throws IOException {
        this.home = home;
        this.port = MicroProcess.freePort();
    }

    int port() {
        return port;
    }

    /** Starts the broker on the same port and journal as before (messages kept). */
    synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", ShopfloorServer.file("shopfloor.broker", "../broker/target/broker.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("broker.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("SHOPFLOOR_BROKER_PORT", Integer.toString(port));
        env.put("SHOPFLOOR_BROKER_DATA", home.resolve("data").toString());
        env.put("SHOPFLOOR_BROKER_REDELIVERY_DELAY_MS", "500");
        process = builder.start();
        process.getOutputStream().close();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!accepts()) {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the broker exited with code " + process.exitValue() + "; see " + home.resolve("broker.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker did not listen on port " + port + " within " + START_TIMEOUT);
            }
        }
    }

    /** Like kill -9: no shutdown, whatever the broker held in memory is gone; the journal stays. */
    synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    synchronized void stop() {
        MicroProcess.stop(process, Duration.ofSeconds(20));
    }

    /** Deletes the journal: only before the first start of a run. */
    void forgetMessages() throws IOException {
        ShopfloorServer.deleteTree(home.resolve("data"));
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
