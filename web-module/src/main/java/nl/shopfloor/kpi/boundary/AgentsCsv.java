package nl.shopfloor.kpi.boundary;

import java.util.stream.Collectors;
import nl.shopfloor.kpi.control.ShopFigures;

/** The per-agent figures of a period for spreadsheets: a header line, then one line per agent; amounts excl. VAT. */
final class AgentsCsv {

    private AgentsCsv() {
    }

    static String of(ShopFigures figures) {
        return "agent,conversations,creditedOrders,chatRevenue\r\n" + figures.agents().stream()
                .map(a -> cell(a.agent()) + "," + a.conversations() + "," + a.creditedOrders() + "," + a.creditedRevenue().toPlainString() + "\r\n")
                .collect(Collectors.joining());
    }

    /** Quoted where CSV needs it; a leading formula character is defused, so a spreadsheet shows the name and runs nothing. */
    private static String cell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.matches(".*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
