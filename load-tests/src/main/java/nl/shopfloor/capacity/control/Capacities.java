package nl.shopfloor.capacity.control;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link Capacity} outside the container, for the benchmarks: a plain object whose {@code changed} event only
 * counts (in the application its observers push availability to the widgets after the transaction, which is not
 * part of the decision). Lives in Capacity's package because {@code changed} is package-private, as in CapacityTest.
 */
public final class Capacities {

    private Capacities() {
    }

    public static Capacity withoutContainer() {
        Capacity capacity = new Capacity();
        capacity.changed = new CountingEvent();
        return capacity;
    }

    /** Counts fired events without contention of its own (a LongAdder), so it does not distort the lock measurement. */
    static final class CountingEvent implements Event<CapacityChanged> {
        final LongAdder fired = new LongAdder();

        @Override
        public void fire(CapacityChanged event) {
            fired.increment();
        }

        @Override
        public <U extends CapacityChanged> CompletionStage<U> fireAsync(U event) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends CapacityChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public Event<CapacityChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends CapacityChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CapacityChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
