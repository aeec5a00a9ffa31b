package nl.shopfloor.kpi.boundary;

import java.time.Duration;
import java.util.stream.Collectors;
import nl.shopfloor.kpi.control.ShopFigures;
import nl.shopfloor.kpi.control.ShopFigures.Satisfaction;
import nl.shopfloor.kpi.control.TeamFigures;

/**
 * The per-agent and per-team figures of a period for spreadsheets: a header line, then one line per agent or team;
 * amounts excl. VAT, shares as fractions (0.75), empty where there is nothing to divide by.
 */
final class KpiCsv {

    private KpiCsv() {
    }

    static String agents(ShopFigures figures) {
        return "agent,conversations,creditedOrders,chatRevenue,csatAnswers,csatSatisfiedShare,csatAverageStars\r\n"
                + figures.agents().stream().map(a -> cell(a.agent()) + "," + a.conversations() + "," + a.creditedOrders() + ","
                        + a.creditedRevenue().toPlainString() + "," + satisfaction(a.satisfaction()) + "\r\n")
                .collect(Collectors.joining());
    }

    static String teams(ShopFigures figures) {
        return "team,name,conversations,creditedOrders,chatRevenue,chatConversion,firstResponseMedianSeconds,firstResponseP90Seconds,withinTargetShare,"
                + "csatAnswers,csatSatisfiedShare,csatAverageStars\r\n"
                + figures.teams().stream().map(KpiCsv::team).collect(Collectors.joining());
    }

    private static String team(TeamFigures t) {
        return cell(t.team()) + "," + cell(t.name()) + "," + t.conversations() + "," + t.creditedOrders() + ","
                + t.creditedRevenue().toPlainString() + "," + share(t.chatConversion()) + ","
                + seconds(t.responses().median()) + "," + seconds(t.responses().p90()) + ","
                + share(t.responses().withinTargetShare()) + "," + satisfaction(t.satisfaction()) + "\r\n";
    }

    private static String seconds(Duration duration) {
        return duration == null ? "" : Double.toString(duration.toMillis() / 1000.0);
    }

    private static String satisfaction(Satisfaction s) {
        return s.answers() + "," + share(s.satisfiedShare()) + "," + share(s.averageStars());
    }

    private static String share(Double value) {
        return value == null ? "" : value.toString();
    }

    /** Quoted where CSV needs it; a leading formula character is defused, so a spreadsheet shows the name and runs nothing. */
    private static String cell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.matches(".*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
