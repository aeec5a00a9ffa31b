package nl.shopfloor.capacity.control;

/**
 * A {@link Capacity} outside the container, for the benchmarks: its availability owner only collects the marks
 * (in the application the owner's tick computes and pushes them later, which is not part of the decision). Lives in
 * Capacity's package because {@code availability} is package-private, as in CapacityTest.
 */
public final class Capacities {

    private Capacities() {
    }

    public static Capacity withoutContainer() {
        Capacity capacity = new Capacity();
        capacity.availability = new Availabilities();
        return capacity;
    }
}
