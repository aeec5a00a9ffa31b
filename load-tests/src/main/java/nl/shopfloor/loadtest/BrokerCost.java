package nl.shopfloor.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What the message broker costs at boot: starts the broker and Payara Micro with artemis.rar and the WAR, as the
 * load tests do, {@code --boots} times, each on a fresh embedded H2 database with demo data, and prints per boot the
 * broker's time from JVM start to listening and its RSS, Micro's own "ready in", the time until the application's
 * readiness answers 200 (which includes the broker), the CPU time each process used until then, and Micro's RSS at that
 * moment and {@code --settle} seconds later.
 * With {@code --baseline-war} (and {@code --baseline-payara-config}) of a build from before JMS, each round also boots
 * that one without broker and adapter, right before: on a shared machine only boots close in time compare.
 */
public final class BrokerCost {

    private static final Set<String> NAMES = ServerFiles.optionNamesWith("boots", "settle", "time-limit", "baseline-war",
            "baseline-payara-config");

    /**
     * One boot's figures; times in milliseconds, memory in MiB, -1 where there is no broker. The CPU times compare
     * better than the wall-clock times on a shared machine: they do not grow while the process waits for a core.
     */
    record Boot(long brokerListeningMillis, long brokerCpuListeningMillis, long brokerRssListening, long brokerRssSettled,
                long microReadyInMillis, long appReadyMillis, long microCpuReadyMillis, long microRssReady, long microRssSettled,
                String loadAtStart, String loadAtReady) {
    }

    private final Map<String, ServerFiles> setups;
    private final int boots;
    private final Duration settle;
    private final Path workdir;
    private final PrintStream out = System.out;

    private BrokerCost(Map<String, ServerFiles> setups, int boots, Duration settle, Path workdir) {
        this.setups = setups;
        this.boots = boots;
        this.settle = settle;
        this.workdir = workdir;
    }

    public static void main(String[] args) {
        Options options = TimeLimit.optionsOrExit(() -> Options.parse(args, NAMES), usage());
        Map<String, ServerFiles> setups = TimeLimit.optionsOrExit(() -> setups(options), usage());
        ServerFiles current = setups.values().iterator().next();
        TimeLimit.exitAfter(options.seconds("time-limit", "3600"),
                () -> new BrokerCost(setups, options.positive("boots", "3"), options.seconds("settle", "20"), current.workdir()).run());
    }

    private static Map<String, ServerFiles> setups(Options options) {
        ServerFiles current = ServerFiles.from(options, "load-tests/target/brokercost", "").checked();
        Map<String, ServerFiles> setups = new LinkedHashMap<>();
        if (options.value("baseline-war", null) != null) {
            ServerFiles baseline = new ServerFiles(options.path("baseline-war", ""),
                    current.micro(), options.path("baseline-payara-config", current.payaraConfig().toString()), null, null,
                    current.workdir(), current.serverJvmArgs(), current.brokerJvmArgs());
            setups.put("before JMS (no broker, no adapter)", baseline.checked());
        }
        setups.put(current.usesBroker() ? "with broker + artemis.rar" : "without broker", current);
        return setups;
    }

    static String usage() {
        return """
                java -cp load-tests/target/benchmarks.jar nl.shopfloor.loadtest.BrokerCost [--name=value ...]
                (run from the repository root; every option is also the system property loadtest.<name>)
                  --boots=3                 rounds, one after the other, each boot on a fresh database and journal
                  --settle=20               seconds after the application is ready until the second RSS reading
                  --baseline-war=...        also boot this WAR (a build from before JMS) without broker, each round
                  --baseline-payara-config=...  its pre/post-boot commands (default: --payara-config)
                  --time-limit=3600         seconds after which the run aborts, whatever it is doing
                  --workdir=load-tests/target/brokercost  --server-jvm-args= (none, as run.sh without JAVA_OPTS)
                """ + ServerFiles.USAGE;
    }

    private int run() throws Exception {
        Files.createDirectories(workdir);
        Map<String, List<Boot>> measured = new LinkedHashMap<>();
        setups.forEach((label, files) -> {
            measured.put(label, new ArrayList<>());
            out.printf("[cost] %s: %s, server JVM args '%s'%n", label, files.war(), files.serverJvmArgs());
        });
        for (int round = 1; round <= boots; round++) {
            for (Map.Entry<String, ServerFiles> setup : setups.entrySet()) {
                Boot boot = boot(setup.getValue(), (setup.getValue().usesBroker() ? "jms" : "plain") + round);
                measured.get(setup.getKey()).add(boot);
                out.println("[cost] " + setup.getKey() + ", boot " + round + ": " + describe(boot));
            }
        }
        report(measured);
        return 0;
    }

    private Boot boot(ServerFiles files, String name) throws Exception {
        MicroServer.deleteTree(files.workdir().resolve("data"));
        String loadAtStart = Machine.loadAverage();
        try (MicroServer server = MicroServer.start(files, name)) {
            long microRssReady = server.rssMiB();
            long microCpuReady = server.cpu().toMillis();
            String loadAtReady = Machine.loadAverage();
            Thread.sleep(settle.toMillis());
            return new Boot(
                    server.broker().map(broker -> broker.startedIn().toMillis()).orElse(-1L),
                    server.broker().map(broker -> broker.cpuWhenListening().toMillis()).orElse(-1L),
                    server.broker().map(BrokerProcess::rssWhenListening).orElse(-1L),
                    server.broker().map(BrokerProcess::rssMiB).orElse(-1L),
                    server.microReadyIn().map(Duration::toMillis).orElse(-1L),
                    server.readyAfter().toMillis(),
                    microCpuReady,
                    microRssReady,
                    server.rssMiB(),
                    loadAtStart,
                    loadAtReady);
        }
    }

    private String describe(Boot boot) {
        String broker = boot.brokerListeningMillis() < 0 ? "no broker"
                : String.format("broker listening after %.1f s (CPU %.1f s), RSS %d MiB then, %d MiB at the end",
                        boot.brokerListeningMillis() / 1000.0, boot.brokerCpuListeningMillis() / 1000.0, boot.brokerRssListening(),
                        boot.brokerRssSettled());
        String load = boot.loadAtStart() == null ? "" : " | load average " + boot.loadAtStart() + " at the start, " + boot.loadAtReady() + " at ready";
        return String.format("%s | Micro \"ready in\" %.1f s, application ready after %.1f s (CPU %.1f s), RSS %d MiB then,"
                        + " %d MiB %d s later%s",
                broker, boot.microReadyInMillis() / 1000.0, boot.appReadyMillis() / 1000.0, boot.microCpuReadyMillis() / 1000.0,
                boot.microRssReady(), boot.microRssSettled(), settle.toSeconds(), load);
    }

    private void report(Map<String, List<Boot>> measured) throws IOException {
        StringBuilder r = new StringBuilder();
        r.append("\n==== Shopfloor boot cost: broker start, Micro ready time and RSS ====\n");
        r.append(String.format("when:   %s; %d cores, Java %s; Micro and broker started one after the other%n", Instant.now(),
                Machine.cores(), System.getProperty("java.version")));
        measured.forEach((label, list) -> {
            r.append(label).append(" (").append(setups.get(label).war()).append(", server JVM args '")
                    .append(setups.get(label).serverJvmArgs()).append("'):\n");
            for (int i = 0; i < list.size(); i++) {
                r.append(String.format("  boot %d: %s%n", i + 1, describe(list.get(i))));
            }
            r.append(String.format("  median: %s%n", describe(median(list))));
        });
        r.append("=====================================================================\n");
        out.print(r);
        Path file = workdir.resolve("results.txt");
        Files.writeString(file, r.toString());
        out.println("[cost] written: " + file);
    }

    private static Boot median(List<Boot> boots) {
        return new Boot(median(boots, Boot::brokerListeningMillis), median(boots, Boot::brokerCpuListeningMillis),
                median(boots, Boot::brokerRssListening), median(boots, Boot::brokerRssSettled), median(boots, Boot::microReadyInMillis),
                median(boots, Boot::appReadyMillis), median(boots, Boot::microCpuReadyMillis), median(boots, Boot::microRssReady),
                median(boots, Boot::microRssSettled), null, null);
    }

    private static long median(List<Boot> boots, ToLongFunction<Boot> figure) {
        long[] values = boots.stream().mapToLong(figure).sorted().toArray();
        return values[values.length / 2];
    }
}
