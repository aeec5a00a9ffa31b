package nl.shopfloor.loadtest;

import java.time.Duration;
import java.util.Set;

/** The mail load test's options ({@link Options}: {@code --name=value}, else {@code -Dloadtest.name}, else the default). */
record MailSettings(int forms, int warmupForms, int sockets, double rate, Duration mailWait, Duration grace,
                    Duration timeLimit, ServerFiles server) {

    private static final Set<String> NAMES = ServerFiles.optionNamesWith("forms", "warmup-forms", "sockets", "rate", "mail-wait",
            "grace", "time-limit");

    static MailSettings parse(String[] args) {
        Options options = Options.parse(args, NAMES);
        MailSettings settings = new MailSettings(
                options.positive("forms", "300"),
                (int) options.notNegative("warmup-forms", "50"),
                options.positive("sockets", "10"),
                options.notNegative("rate", "0"),
                options.seconds("mail-wait", "120"),
                options.seconds("grace", "12"),
                options.seconds("time-limit", "900"),
                ServerFiles.from(options, "load-tests/target/mailload", "-Xms1g -Xmx1g"));
        settings.server.checked();
        return settings;
    }

    static String usage() {
        return """
                java -cp load-tests/target/benchmarks.jar nl.shopfloor.loadtest.OfflineMailLoadTest [--name=value ...]
                (run from the repository root; every option is also the system property loadtest.<name>)
                  --forms=300               contact forms measured
                  --warmup-forms=50         contact forms sent first, reported apart; the measured ones start when
                                            their mails are in (cold server, first deliveries' backlog)
                  --sockets=10              shoppers at a time: each opens /ws/shopper, says hello, sends one form,
                                            waits for contactAck, closes, and starts over as the next shopper
                  --rate=0                  forms per second in all; 0 = as fast as the shoppers get their acks
                  --mail-wait=120           seconds to wait, after the last form, for the mails still on their way
                  --grace=12                seconds to keep listening after the last expected mail, for duplicates
                                            (the broker redelivers a rolled-back message after 5 s)
                  --time-limit=900          seconds after which the run aborts, whatever it is doing
                  --workdir=load-tests/target/mailload  --server-jvm-args="-Xms1g -Xmx1g"
                """ + ServerFiles.USAGE;
    }

    int total() {
        return warmupForms + forms;
    }
}
