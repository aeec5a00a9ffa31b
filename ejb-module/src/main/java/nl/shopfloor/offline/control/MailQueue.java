package nl.shopfloor.offline.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import java.time.Duration;

/**
 * The JMS side of the outbox: a mail's id on the mail queue, later if it waits between attempts, or parked
 * in the dead-letter queue. Sessions come from Artemis' resource adapter and join the caller's JTA
 * transaction, so a mail is on the queue exactly when the transaction that stored it commits.
 */
@Stateless
@ConnectionFactoryDefinition(name = MailQueue.CONNECTION_FACTORY, interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = MailQueue.RESOURCE_ADAPTER, transactionSupport = TransactionSupportLevel.XATransaction,
        minPoolSize = 0, maxPoolSize = 20)
public class MailQueue {

    /** The deployed artemis.rar (jms-adapter module). */
    public static final String RESOURCE_ADAPTER = "artemis";
    public static final String CONNECTION_FACTORY = "java:app/jms/shopfloor";
    public static final String QUEUE = "shopfloor.mail";
    public static final String DEAD_LETTERS = "shopfloor.mail.dead";
    static final String MAIL_ID = "mailId";

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connections;

    public void enqueue(String mailId, Duration delay) {
        send(QUEUE, mailId, delay);
    }

    public void park(String mailId) {
        send(DEAD_LETTERS, mailId, Duration.ZERO);
    }

    /** Takes a parked mail's message out of the dead-letter queue, if it is there. */
    public void unpark(String mailId) {
        try (Connection connection = connections.createConnection();
             Session session = connection.createSession()) {
            connection.start();
            MessageConsumer consumer = session.createConsumer(session.createQueue(DEAD_LETTERS), MAIL_ID + " = '" + mailId + "'");
            consumer.receive(1000);
            consumer.close();
        } catch (JMSException e) {
            throw new IllegalStateException("Could not reach the message broker", e);
        }
    }

    /** Whether the broker answers: part of the application's readiness. */
    public boolean reachable() {
        try (Connection connection = connections.createConnection()) {
            return connection != null;
        } catch (JMSException | RuntimeException e) {
            return false;
        }
    }

    private void send(String queue, String mailId, Duration delay) {
        try (Connection connection = connections.createConnection();
             Session session = connection.createSession()) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryDelay(delay.toMillis());
            Message message = session.createTextMessage(mailId);
            message.setStringProperty(MAIL_ID, mailId);
            producer.send(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Could not reach the message broker", e);
        }
    }
}
