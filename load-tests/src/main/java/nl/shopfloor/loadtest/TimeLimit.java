package nl.shopfloor.loadtest;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Runs a driver and exits with its code, or with 3 when it takes longer than its time limit, whatever it is doing. */
final class TimeLimit {

    private TimeLimit() {
    }

    /** The servers stop in their shutdown hooks, also when the limit strikes. */
    static void exitAfter(Duration limit, Callable<Integer> run) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
                System.err.println("[load] time limit of " + limit.toSeconds() + " s reached: aborting (the servers are stopped)");
                System.exit(3);
            } catch (InterruptedException e) {
                // finished in time
            }
        }, "time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        int exit;
        try {
            exit = run.call();
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        watchdog.interrupt();
        System.exit(exit);
    }

    /** Parses the options with {@code parse}, printing the usage and exiting with 2 on --help or a wrong option. */
    static <T> T optionsOrExit(java.util.function.Supplier<T> parse, String usage) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            System.err.print((e.getMessage() == null || e.getMessage().isEmpty() ? "" : e.getMessage() + "\n\n") + usage);
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        throw new AssertionError("unreachable");
    }
}
