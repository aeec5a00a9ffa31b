package nl.shopfloor.invites.boundary;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.shopfloor.kpi.boundary.KpiJson;

/** The period of an A/B results call: whole days, checked as the KPI calls check theirs, with one log line when refused. */
final class ResultsPeriod {

    private static final Logger LOG = Logger.getLogger(ResultsPeriod.class.getName());

    private ResultsPeriod() {
    }

    static LocalDate[] of(String from, String to) {
        try {
            return KpiJson.period(from, to);
        } catch (BadRequestException e) {
            LOG.info(() -> "Invite results query refused: " + e.getResponse().getEntity());
            throw e;
        }
    }
}
