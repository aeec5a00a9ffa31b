package nl.shopfloor.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * Runs Artemis on 127.0.0.1 with a persistent journal, for the one-command run and the tests:
 * {@code java -jar broker.jar} with SHOPFLOOR_BROKER_PORT (61616) and SHOPFLOOR_BROKER_DATA (./data/broker).
 *
 * <p>The application counts delivery attempts of a mail or webhook itself and parks it after its last attempt;
 * the broker's own limit is a safety net for messages the application cannot even read.
 * The broker's redelivery delay is the back-off between attempts.
 */
public final class Broker {

    public static final String MAIL_QUEUE = "shopfloor.mail";
    public static final String DEAD_MAIL_QUEUE = "shopfloor.mail.dead";
    public static final String WEBHOOK_QUEUE = "shopfloor.webhooks";
    public static final String DEAD_WEBHOOK_QUEUE = "shopfloor.webhooks.dead";

    private static final Logger LOG = Logger.getLogger(Broker.class.getName());
    /** Artemis' audit log writes a record per message (about 11 KB per contact form): kept for warnings only. */
    private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

    private Broker() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("SHOPFLOOR_BROKER_PORT", "61616"));
        Path data = Path.of(env("SHOPFLOOR_BROKER_DATA", "data/broker")).toAbsolutePath();
        long firstDelay = Long.parseLong(env("SHOPFLOOR_BROKER_REDELIVERY_DELAY_MS", "5000"));
        long longestDelay = Long.parseLong(env("SHOPFLOOR_BROKER_REDELIVERY_MAX_DELAY_MS", "600000"));
        Files.createDirectories(data);
        AUDIT.setLevel(Level.WARNING);

        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration(port, data, firstDelay, longestDelay));
        broker.start();
        LOG.info("Shopfloor broker listening on 127.0.0.1:" + port + ", journal in " + data);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warning("Broker did not stop cleanly: " + e);
            }
            stopped.countDown();
        }));
        stopped.await();
    }

    static Configuration configuration(int port, Path data, long firstDelay, long longestDelay) throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setName("shopfloor")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setJMXManagementEnabled(false)
                // Small journal files: this broker carries e-mail, not a firehose, and starts faster.
                .setJournalFileSize(1024 * 1024)
                .setJournalMinFiles(2)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        queueWithDeadLetters(configuration, MAIL_QUEUE, DEAD_MAIL_QUEUE, firstDelay, longestDelay);
        queueWithDeadLetters(configuration, WEBHOOK_QUEUE, DEAD_WEBHOOK_QUEUE, firstDelay, longestDelay);
        return configuration;
    }

    private static void queueWithDeadLetters(Configuration configuration, String queue, String deadLetters, long firstDelay,
                                             long longestDelay) {
        configuration.addAddressSetting(queue, new AddressSettings()
                .setRedeliveryDelay(firstDelay)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(longestDelay)
                .setMaxDeliveryAttempts(50)
                .setDeadLetterAddress(SimpleString.of(deadLetters)));
        configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
        configuration.addQueueConfiguration(QueueConfiguration.of(deadLetters).setRoutingType(RoutingType.ANYCAST).setDurable(true));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
