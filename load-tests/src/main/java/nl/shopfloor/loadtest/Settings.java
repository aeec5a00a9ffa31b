package nl.shopfloor.loadtest;

import java.time.Duration;
import java.util.Set;

/**
 * The chat load test's options ({@link Options}: {@code --name=value}, else {@code -Dloadtest.name}, else the default).
 * {@code mariaDb} is null for the embedded H2 database; {@code cluster} implies MariaDB, which two instances can share.
 */
record Settings(int conversations, Duration interval, Duration warmup, Duration duration, int startsPerSecond,
                int replyEvery, int maxChats, Duration timeLimit, boolean cluster, MariaDb mariaDb, ServerFiles server) {

    static final String DEFAULT_DATABASE = "shopfloor_bench";

    private static final Set<String> NAMES = ServerFiles.optionNamesWith("conversations", "interval", "warmup", "duration", "starts-per-second",
            "reply-every", "max-chats", "time-limit", "cluster", "mariadb");

    static Settings parse(String[] args) {
        Options options = Options.parse(args, NAMES);
        Settings settings = new Settings(
                options.positive("conversations", "200"),
                options.seconds("interval", "5"),
                options.seconds("warmup", "60"),
                options.seconds("duration", "60"),
                options.positive("starts-per-second", "20"),
                options.positive("reply-every", "5"),
                options.positive("max-chats", "20"),
                options.seconds("time-limit", "900"),
                options.flag("cluster"),
                mariaDb(options),
                ServerFiles.from(options, "load-tests/target/loadtest", "-Xms1g -Xmx1g"));
        if (settings.interval.toMillis() < 100 || settings.duration.isZero()) {
            throw new IllegalArgumentException("--interval must be at least 0.1 s and --duration more than 0");
        }
        if (settings.maxChats > 20) {
            throw new IllegalArgumentException("--max-chats: an agent takes 1 to 20 chats at a time (Agent.changeMaxChats)");
        }
        settings.server.checked();
        return settings;
    }

    /** {@code --mariadb} alone (or {@code =true}) and {@code --cluster} mean the default database. */
    private static MariaDb mariaDb(Options options) {
        String name = options.value("mariadb", options.flag("cluster") ? "true" : "false");
        return switch (name) {
            case "false" -> null;
            case "true" -> new MariaDb(DEFAULT_DATABASE);
            default -> new MariaDb(name);
        };
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
                  --mariadb[=shopfloor_bench]  the server on this MariaDB database (dropped and created anew) instead of
                                            the embedded H2 file; MariaDB on 127.0.0.1:3306, root without a password
                  --cluster                 two instances in one data grid, every shopper on A, every agent on B, so
                                            every relayed message crosses the grid (implies --mariadb)
                  --workdir=load-tests/target/loadtest  --server-jvm-args="-Xms1g -Xmx1g"
                """ + ServerFiles.USAGE;
    }

    /** Agents needed for the conversations with 20% room to spare, never fewer than the demo team. */
    int agentsNeeded(int demoAgents) {
        return Math.max(demoAgents, (int) Math.ceil(conversations * 1.2 / maxChats));
    }
}
