package nl.shopfloor.chat.control;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this conversation; unknown and foreign ids are not told apart. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    public AccessDenied() {
        super("No such conversation");
    }
}
