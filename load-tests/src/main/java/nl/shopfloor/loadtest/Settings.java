package nl.shopfloor.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The load test's options: {@code --name=value} arguments, else the system property {@code loadtest.name}, else the
 * default. Paths are relative to the working directory, which is expected to be the repository root.
 */
record Settings(int conversations, Duration interval, Duration warmup, Duration duration, int startsPerSecond,
                int replyEvery, int maxChats, Duration timeLimit, Path war, Path micro, Path payaraConfig,
                Path workdir, String serverJvmArgs) {

    private static final Set<String> NAMES = Set.of("conversations", "interval", "warmup", "duration", "starts-per-second",
            "reply-every", "max-chats", "time-limit", "war", "micro", "payara-config", "workdir", "server-jvm-args");

    static Settings parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0 || !NAMES.contains(arg.substring(2, eq))) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Settings settings = new Settings(
                positive(value(given, "conversations", "200"), "conversations"),
                seconds(value(given, "interval", "5"), "interval"),
                seconds(value(given, "warmup", "60"), "warmup"),
                seconds(value(given, "duration", "60"), "duration"),
                positive(value(given, "starts-per-second", "20"), "starts-per-second"),
                positive(value(given, "reply-every", "5"), "reply-every"),
                positive(value(given, "max-chats", "20"), "max-chats"),
                seconds(value(given, "time-limit", "900"), "time-limit"),
                Path.of(value(given, "war", "web-module/target/ROOT.war")).toAbsolutePath().normalize(),
                Path.of(value(given, "micro", "server-config/target/payara-micro.jar")).toAbsolutePath().normalize(),
                Path.of(value(given, "payara-config", "server-config/src/main/payara")).toAbsolutePath().normalize(),
                Path.of(value(given, "workdir", "load-tests/target/loadtest")).toAbsolutePath().normalize(),
                value(given, "server-jvm-args", "-Xms1g -Xmx1g"));
        if (settings.interval.toMillis() < 100 || settings.duration.isZero()) {
            throw new IllegalArgumentException("--interval must be at least 0.1 s and --duration more than 0");
        }
        if (settings.maxChats > 20) {
            throw new IllegalArgumentException("--max-chats: an agent takes 1 to 20 chats at a time (Agent.changeMaxChats)");
        }
        for (Path file : new Path[] {settings.war, settings.micro, settings.payaraConfig.resolve("pre-boot-commands.asadmin")}) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build first, from the repository root:\n"
                        + "  ./mvnw -Pbenchmarks -pl load-tests -am package -DskipTests");
            }
        }
        return settings;
    }

    static String usage() {
        return """
                java -cp load-tests/target/benchmarks.jar nl.shopfloor.loadtest.ChatLatencyLoadTest [--name=value ...]
                (run from the repository root; every option is also the system property loadtest.<name>)
                  --conversations=200       concurrent conversations (shopper sockets), all open before measuring
                  --interval=5              seconds between two messages of one shopper (200 x 1/5 s = 40 msg/s)
                  --warmup=60               seconds of messages sent but not counted (server JIT, start backlog)
                  --duration=60             seconds of messages measured after the warm-up
                  --starts-per-second=20    how fast the conversations are opened before the messages begin
                  --reply-every=5           each agent answers every n-th shopper message (and once on assignment)
                  --max-chats=20            max_chats of every agent logged in (1..20); agents are added to fit
                  --time-limit=900          seconds after which the run aborts, whatever it is doing
                  --war, --micro, --payara-config, --workdir, --server-jvm-args="-Xms1g -Xmx1g"
                """;
    }

    /** Agents needed for the conversations with 20% room to spare, never fewer than the demo team. */
    int agentsNeeded(int demoAgents) {
        return Math.max(demoAgents, (int) Math.ceil(conversations * 1.2 / maxChats));
    }

    private static String value(Map<String, String> given, String name, String fallback) {
        String value = given.get(name);
        if (value == null) {
            value = System.getProperty("loadtest." + name);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int positive(String value, String name) {
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return number;
    }

    private static Duration seconds(String value, String name) {
        Duration duration = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        if (duration.isNegative()) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return duration;
    }
}
