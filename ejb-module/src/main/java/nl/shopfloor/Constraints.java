package nl.shopfloor;

import java.sql.SQLException;

/** Tells a violated key or constraint from other database failures, whatever the database and the JPA wrapping. */
public final class Constraints {

    private Constraints() {
    }

    /** SQLState class 23 is "integrity constraint violation" in the SQL standard (H2, MariaDB, PostgreSQL alike). */
    public static boolean violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
