package nl.shopfloor.offline.control;

import jakarta.ejb.ApplicationException;

/** A message, call-back request, answer or mail retry that is refused (unknown colleague, day out of range, another shop's mail, ...); nothing is stored. */
@ApplicationException(rollback = true)
public class OfflineRefused extends RuntimeException {

    public OfflineRefused(String reason) {
        super(reason);
    }
}
