package nl.shopfloor.webhooks.control;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.shopfloor.offline.control.MailQueue;

/**
 * Takes delivery ids off the webhook queue. Four sessions at most: four receivers that take their full timeout hold
 * four threads and four database connections, never more (W5).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MailQueue.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = WebhookQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        @ActivationConfigProperty(propertyName = "setupAttempts", propertyValue = "-1"),
        @ActivationConfigProperty(propertyName = "setupInterval", propertyValue = "1000")
})
public class WebhookConsumer implements MessageListener {

    @Inject
    Courier courier;

    @Override
    public void onMessage(Message message) {
        try {
            courier.deliver(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable webhook message", e);
        }
    }
}
