package nl.shopfloor.systemtest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waiting for a condition that the server makes true in its own time (a database row, a mail). */
final class Conditions {

    private Conditions() {
    }

    static void await(String what, Callable<Boolean> condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            // A short pause between looks; the outcome is checked, never assumed after a pause.
            Thread.sleep(100);
        }
    }
}
