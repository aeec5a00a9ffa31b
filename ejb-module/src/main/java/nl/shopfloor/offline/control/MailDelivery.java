package nl.shopfloor.offline.control;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes mail ids off the mail queue through Artemis' resource adapter. A failure it cannot handle (say the
 * database is away) rolls the transaction back and the broker redelivers later, with its own back-off.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MailQueue.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = MailQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
        // Keep trying when the broker is not up yet or restarts, instead of giving up after a few tries.
        @ActivationConfigProperty(propertyName = "setupAttempts", propertyValue = "-1"),
        @ActivationConfigProperty(propertyName = "setupInterval", propertyValue = "1000")
})
public class MailDelivery implements MessageListener {

    @Inject
    Postman postman;

    @Override
    public void onMessage(Message message) {
        try {
            postman.deliver(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable mail message", e);
        }
    }
}
