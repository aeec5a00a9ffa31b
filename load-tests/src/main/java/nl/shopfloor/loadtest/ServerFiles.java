package nl.shopfloor.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a driver starts, as run.sh does: Payara Micro with its pre/post-boot commands and logging, the resource
 * adapter deployed before the WAR, and the project's broker as a process of its own. {@code rar} and
 * {@code broker} are null for a WAR from before JMS existed ({@code --broker=none}, see {@link BrokerCost}).
 */
record ServerFiles(Path war, Path micro, Path payaraConfig, Path rar, Path broker, Path workdir, String serverJvmArgs,
                   String brokerJvmArgs) {

    private static final Set<String> OPTION_NAMES = Set.of("war", "micro", "payara-config", "rar", "broker", "workdir",
            "server-jvm-args", "broker-jvm-args");

    static final String USAGE = """
              --war=web-module/target/ROOT.war  --micro=server-config/target/payara-micro.jar
              --payara-config=server-config/src/main/payara  --rar=jms-adapter/target/artemis.rar
              --broker=broker/target/broker.jar (none: no broker and no --rar, for a WAR from before JMS)
              --broker-jvm-args=-Xmx128m (as run.sh)
            """;

    /** A driver's own option names plus these. */
    static Set<String> optionNamesWith(String... driverOptions) {
        Set<String> names = new HashSet<>(OPTION_NAMES);
        names.addAll(List.of(driverOptions));
        return Set.copyOf(names);
    }

    /** {@code --broker=none}: no broker and no resource adapter, for a WAR from before JMS. */
    static ServerFiles from(Options options, String workdir, String serverJvmArgs) {
        ServerFiles files = new ServerFiles(
                options.path("war", "web-module/target/ROOT.war"),
                options.path("micro", "server-config/target/payara-micro.jar"),
                options.path("payara-config", "server-config/src/main/payara"),
                options.path("rar", "jms-adapter/target/artemis.rar"),
                options.path("broker", "broker/target/broker.jar"),
                options.path("workdir", workdir),
                options.value("server-jvm-args", serverJvmArgs),
                options.value("broker-jvm-args", "-Xmx128m"));
        return "none".equals(options.value("broker", "")) ? files.withoutBroker() : files;
    }

    /** The same Micro and WAR alone: for a build from before the broker existed. */
    ServerFiles withoutBroker() {
        return new ServerFiles(war, micro, payaraConfig, null, null, workdir, serverJvmArgs, brokerJvmArgs);
    }

    boolean usesBroker() {
        return broker != null;
    }

    /** Fails with the build command when something was not built. */
    ServerFiles checked() {
        List<Path> needed = new ArrayList<>(List.of(war, micro, payaraConfig.resolve("pre-boot-commands.asadmin")));
        if (usesBroker()) {
            needed.addAll(List.of(rar, broker));
        }
        for (Path file : needed) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build first, from the repository root:\n"
                        + "  ./mvnw -Pbenchmarks -pl load-tests -am package -DskipTests");
            }
        }
        return this;
    }

    static List<String> jvmArgs(String args) {
        return Arrays.stream(args.trim().split("\\s+")).filter(arg -> !arg.isEmpty()).toList();
    }
}
