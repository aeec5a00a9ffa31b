package nl.shopfloor.loadtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The project's Artemis broker (broker module) as a process of its own, as run.sh and the system tests start it:
 * 127.0.0.1 on a free port, a fresh journal under the work dir. Started means its port accepts connections; the
 * time until then is kept, because the broker is what the application now waits for.
 */
final class BrokerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final Duration startedIn;
    private final long rssWhenListening;
    private final Duration cpuWhenListening;
    private final Thread stopOnExit;

    private BrokerProcess(String name, int port, Path log, Process process, Duration startedIn) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedIn = startedIn;
        this.rssWhenListening = Machine.rssMiB(process.pid());
        this.cpuWhenListening = cpu();
        this.stopOnExit = new Thread(this::stop, "stop-broker-" + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static BrokerProcess start(ServerFiles files, String name) throws Exception {
        Path home = files.workdir();
        Path data = home.resolve("broker-" + name);
        MicroServer.deleteTree(data);
        Files.createDirectories(data);
        Path log = home.resolve("broker-" + name + ".log");
        int port = MicroServer.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServerFiles.jvmArgs(files.brokerJvmArgs()));
        command.addAll(List.of("-jar", files.broker().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SHOPFLOOR_"));
        env.put("SHOPFLOOR_BROKER_PORT", Integer.toString(port));
        env.put("SHOPFLOOR_BROKER_DATA", data.toString());
        long began = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        long deadline = began + START_TIMEOUT.toNanos();
        while (!accepts(port)) {
            if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the broker (" + name + ") exited with code " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the broker (" + name + ") did not listen on port " + port + " within "
                        + START_TIMEOUT.toSeconds() + " s; see " + log);
            }
        }
        BrokerProcess broker = new BrokerProcess(name, port, log, process, Duration.ofNanos(System.nanoTime() - began));
        System.out.printf("[load] broker (%s) listening on 127.0.0.1:%d after %.1f s, pid %d, RSS %d MiB, log %s%n", name, port,
                broker.startedIn.toMillis() / 1000.0, process.pid(), broker.rssWhenListening, log);
        return broker;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** From starting the JVM until the port accepted a connection. */
    Duration startedIn() {
        return startedIn;
    }

    Duration cpuWhenListening() {
        return cpuWhenListening;
    }

    long rssWhenListening() {
        return rssWhenListening;
    }

    long rssMiB() {
        return Machine.rssMiB(process.pid());
    }

    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    void stop() {
        Machine.stop(process, "broker (" + name + ")", STOP_TIMEOUT);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
