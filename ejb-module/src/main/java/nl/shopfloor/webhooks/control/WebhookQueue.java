package nl.shopfloor.webhooks.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import nl.shopfloor.offline.control.MailQueue;

/**
 * The JMS side of the webhook outbox: a delivery's id on the webhook queue, later if it waits between attempts. The
 * mails' connection factory; the session joins the caller's transaction, if there is one.
 */
@Stateless
public class WebhookQueue {

    public static final String QUEUE = "shopfloor.webhooks";

    @Resource(lookup = MailQueue.CONNECTION_FACTORY)
    ConnectionFactory connections;

    public void enqueue(String deliveryId, Duration delay) {
        try (Connection connection = connections.createConnection();
             Session session = connection.createSession()) {
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            producer.setDeliveryDelay(delay.toMillis());
            producer.send(session.createTextMessage(deliveryId));
        } catch (JMSException e) {
            throw new IllegalStateException("Could not reach the message broker", e);
        }
    }
}
