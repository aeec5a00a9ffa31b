package nl.shopfloor.chat.control;

import jakarta.ejb.ApplicationException;

/**
 * A message with this clientId is already in the conversation: a resend (after a reconnect, say). Nothing new
 * was stored; the caller acknowledges the earlier one ({@link Conversations#storedFromShopper},
 * {@link Conversations#storedFromAgent}).
 */
@ApplicationException(rollback = true)
public class AlreadyStored extends RuntimeException {

    public AlreadyStored() {
        super("This message is already stored", null, false, false);
    }
}
