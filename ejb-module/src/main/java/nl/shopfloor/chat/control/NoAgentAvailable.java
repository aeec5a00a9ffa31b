package nl.shopfloor.chat.control;

import jakarta.ejb.ApplicationException;

/** Nobody can take a chat now: the shopper gets the contact form instead. */
@ApplicationException(rollback = true)
public class NoAgentAvailable extends RuntimeException {

    public NoAgentAvailable(String shopId) {
        super("No agent can take a chat for shop " + shopId);
    }
}
