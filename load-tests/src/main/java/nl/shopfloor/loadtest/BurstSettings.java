package nl.shopfloor.loadtest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@link ChatBurstLoadTest}'s options ({@link Options}: {@code --name=value}, else {@code -Dloadtest.name}, else the default). */
record BurstSettings(Set<String> phases, int conversations, int agents, int maxChats, int cap, int startsPerSecond,
                     int startAttempts, int relayRate, Duration relayWarmup, Duration relayDuration, Duration idleBaseline,
                     Duration profileDuration, List<Integer> kneeRates, Duration kneeWarmup, Duration kneeDuration,
                     double kneeP99Millis, int idleWidgets, int idleConnectParallel, int replyEvery, Duration timeLimit,
                     ServerFiles server) {

    private static final Set<String> NAMES = ServerFiles.optionNamesWith("phases", "conversations", "agents", "max-chats", "cap",
            "starts-per-second", "start-attempts", "relay-rate", "relay-warmup", "relay-duration", "idle-baseline", "profile-duration",
            "knee-rates", "knee-warmup", "knee-duration", "knee-p99", "idle-widgets", "idle-connect-parallel", "reply-every",
            "time-limit");

    static BurstSettings parse(String[] args) {
        Options options = Options.parse(args, NAMES);
        Set<String> phases = Set.copyOf(Arrays.asList(options.value("phases", "a,b,c,d").toLowerCase().split("\\s*,\\s*")));
        if (!Set.of("a", "b", "c", "d").containsAll(phases)) {
            throw new IllegalArgumentException("--phases: a comma-separated subset of a,b,c,d (a always runs: it opens the conversations)");
        }
        int conversations = options.positive("conversations", "1000");
        int maxChats = options.positive("max-chats", "20");
        BurstSettings settings = new BurstSettings(phases, conversations,
                options.positive("agents", Integer.toString((int) Math.ceil(conversations * 1.25 / maxChats))),
                maxChats,
                options.positive("cap", Integer.toString(conversations)),
                options.positive("starts-per-second", "100"),
                options.positive("start-attempts", "3"),
                options.positive("relay-rate", "200"),
                options.seconds("relay-warmup", "20"),
                options.seconds("relay-duration", "60"),
                options.seconds("idle-baseline", "15"),
                options.seconds("profile-duration", "45"),
                Arrays.stream(options.value("knee-rates", "200,300,400,500,600,800,1200,1600").split("\\s*,\\s*")).map(Integer::valueOf).toList(),
                options.seconds("knee-warmup", "5"),
                options.seconds("knee-duration", "20"),
                options.notNegative("knee-p99", "100"),
                options.positive("idle-widgets", "10000"),
                options.positive("idle-connect-parallel", "32"),
                Integer.parseInt(options.value("reply-every", "5")),
                options.seconds("time-limit", "2400"),
                ServerFiles.from(options, "load-tests/target/burst", "-Xms1g -Xmx1g -XX:FlightRecorderOptions=stackdepth=256"));
        if (maxChats > 20) {
            throw new IllegalArgumentException("--max-chats: an agent takes 1 to 20 chats at a time (Agent.changeMaxChats)");
        }
        if (settings.cap > settings.agents * maxChats) {
            throw new IllegalArgumentException("--cap must be below the agents' room (" + settings.agents * maxChats
                    + ") for the cap check to mean something");
        }
        if (settings.relayDuration.isZero() || settings.kneeDuration.isZero()) {
            throw new IllegalArgumentException("--relay-duration and --knee-duration must be more than 0");
        }
        settings.server.checked();
        return settings;
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    static String usage() {
        return """
                java -cp load-tests/target/benchmarks.jar nl.shopfloor.loadtest.ChatBurstLoadTest [--name=value ...]
                (run from the repository root; every option is also the system property loadtest.<name>)
                  --phases=a,b,c,d          a: start burst (always), b: relay at --relay-rate with CPU and a JFR profile,
                                            c: the knee, d: idle widgets next to the active conversations
                  --conversations=1000      open shop pages (widgets, hello done) that each start one conversation
                  --agents=63               agents online (demo team + load01...), dashboards connected in parallel
                  --max-chats=20            max_chats of every agent (1..20); default agents: room for 125% of the conversations
                  --cap=1000                the shop's chat cap (PUT /api/capacity), below the agents' room
                  --starts-per-second=100   rate of the start frames in phase a
                  --start-attempts=3        refused starts are tried again (a new pass at the same rate), at most this often
                  --relay-rate=200          msg/s in phase b (round robin over the conversations) and phase d
                  --relay-warmup=20  --relay-duration=60  --idle-baseline=15  --profile-duration=45   (seconds)
                  --knee-rates=200,300,400,500,600,800,1200,1600   msg/s steps of phase c, until p99 passes --knee-p99=100 (ms)
                  --knee-warmup=5  --knee-duration=20  (seconds per step; the first step warms up --relay-warmup longer)
                  --idle-widgets=10000      phase d: widgets that only say hello; --idle-connect-parallel=32
                  --reply-every=5           each agent answers every n-th shopper message (0: never; always once on assignment)
                  --time-limit=2400         seconds after which the run aborts, whatever it is doing
                  --workdir=load-tests/target/burst
                  --server-jvm-args="-Xms1g -Xmx1g -XX:FlightRecorderOptions=stackdepth=256"
                """ + ServerFiles.USAGE;
    }
}
