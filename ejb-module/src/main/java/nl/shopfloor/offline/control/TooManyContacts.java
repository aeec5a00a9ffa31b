package nl.shopfloor.offline.control;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** A message or call-back request beyond a limit of {@link ContactLimits}; nothing is stored or mailed. */
@ApplicationException(rollback = true)
public class TooManyContacts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyContacts(Duration retryAfter) {
        super("You have left us several messages already; we will answer them. Please try again later.");
        this.retryAfter = retryAfter;
    }

    /** When trying again is sure to be allowed. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
