package nl.shopfloor.agents.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.shopfloor.grid.GridMap;
import org.junit.jupiter.api.Test;

/** A1: an agent is present while any of their dashboards is open, on whichever instance. */
class DashboardsTest {

    private final GridMap<String, Dashboards> dashboards = GridMap.inMemory();

    private boolean present(String agent) {
        return dashboards.update(agent, new Dashboards.AnyOpen()) != null;
    }

    @Test
    void presentUntilTheLastDashboardClosesAndAClosingWithoutAnOpeningChangesNothing() {
        dashboards.update("sanne", new Dashboards.Counted("A", false));
        assertThat(present("sanne")).as("A1 nothing was open").isFalse();

        dashboards.update("sanne", new Dashboards.Counted("A", true));
        dashboards.update("sanne", new Dashboards.Counted("B", true));
        dashboards.update("sanne", new Dashboards.Counted("A", false));
        assertThat(present("sanne")).as("A1 B's is still open").isTrue();

        dashboards.update("sanne", new Dashboards.Counted("B", false));
        assertThat(present("sanne")).as("A1").isFalse();
    }

    @Test
    void theDashboardsOfADepartedInstanceAreForgotten() {
        dashboards.update("sanne", new Dashboards.Counted("A", true));
        dashboards.update("mehmet", new Dashboards.Counted("A", true));
        dashboards.update("mehmet", new Dashboards.Counted("B", true));

        assertThat(dashboards.updateEvery(new Dashboards.ForgetMember("A"))).as("G4 only sanne has none left").containsOnlyKeys("sanne");
        assertThat(present("sanne")).isFalse();
        assertThat(present("mehmet")).isTrue();
    }
}
