package nl.shopfloor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the application, so tests can hand control classes a fixed or stepping one (or move it: MovableClock). */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return MovableClock.ENABLED ? MovableClock.INSTANCE : Clock.systemUTC();
    }
}
