package nl.shopfloor.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** G2: exactly one instance runs the cluster's timers, and another takes over when it dies. */
class LeadTest {

    @Test
    void theOldestMemberLeadsAndTheNextOldestTakesOverWhenItDies() throws Exception {
        try (GridMembers members = GridMembers.start(3)) {
            List<DataGrid> grids = List.of(members.dataGrid(0), members.dataGrid(1), members.dataGrid(2));
            assertThat(grids.stream().filter(DataGrid::isLead)).as("G2 one lead").hasSize(1);
            assertThat(grids.get(0).isLead()).as("G2 the first to start").isTrue();

            members.crash(0);

            awaitTrue(() -> grids.get(1).isLead(), "the next oldest leads");
            assertThat(grids.get(2).isLead()).as("G2 still one lead").isFalse();
        }
    }

    @Test
    void withoutAGridThisInstanceLeads() {
        assertThat(new DataGrid().isLead()).as("G2").isTrue();
        assertThat(new DataGrid().isClustered()).isFalse();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
