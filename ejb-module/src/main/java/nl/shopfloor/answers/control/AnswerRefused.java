package nl.shopfloor.answers.control;

import jakarta.ejb.ApplicationException;
import nl.shopfloor.answers.entity.Refusal;

/** A canned answer that cannot be stored, changed, used or seen; the reason for a screen, the message for the API. */
@ApplicationException(rollback = true)
public class AnswerRefused extends RuntimeException {

    private final Refusal reason;

    public AnswerRefused(Refusal reason) {
        super(reason.message(), null, false, false);
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }
}
