package nl.shopfloor.invites.boundary;

import nl.shopfloor.invites.entity.ArmFigures;
import nl.shopfloor.invites.entity.ArmResult;
import nl.shopfloor.invites.entity.Interval;
import nl.shopfloor.invites.entity.ResultsOfPeriod;
import nl.shopfloor.invites.entity.RuleResults;

/**
 * The A/B results for spreadsheets (invites I11): one line per rule and arm, the control group's variant empty;
 * amounts excl. VAT, shares as fractions, bounds empty where unknown; the verdict repeated on each line of its rule.
 */
public final class InviteResultsCsv {

    static final String HEADER = "rule,name,optimise,variant,controlGroup,visitors,shown,clicked,dismissed,chats,buyers,orders,revenue,"
            + "conversion,conversionLow,conversionHigh,revenuePerVisitor,conversionDiff,conversionDiffLow,conversionDiffHigh,"
            + "revenuePerVisitorDiff,revenuePerVisitorDiffLow,revenuePerVisitorDiffHigh,verdict,winner,visitorsStillNeeded\r\n";

    private InviteResultsCsv() {
    }

    public static String of(ResultsOfPeriod results) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (RuleResults rule : results.rules()) {
            for (ArmResult arm : rule.arms()) {
                ArmFigures f = arm.figures();
                csv.append(cell(rule.ruleId())).append(',').append(cell(rule.ruleName())).append(',')
                        .append(InviteResultsJson.wireName(rule.metric())).append(',')
                        .append(f.isControl() ? "" : cell(f.variantRef())).append(',').append(f.isControl()).append(',')
                        .append(f.visitors()).append(',').append(f.shown()).append(',').append(f.clicked()).append(',')
                        .append(f.dismissed()).append(',').append(f.chats()).append(',').append(f.buyers()).append(',')
                        .append(f.orders()).append(',').append(f.revenue().toPlainString()).append(',')
                        .append(f.conversion()).append(',').append(bound(arm.conversion().low())).append(',')
                        .append(bound(arm.conversion().high())).append(',').append(f.revenuePerVisitor()).append(',')
                        .append(difference(arm.conversionVsControl())).append(',').append(difference(arm.revenueVsControl())).append(',')
                        .append(InviteResultsJson.wireName(rule.verdict().outcome())).append(',')
                        .append(rule.verdict().winner() == null ? "" : cell(rule.verdict().winner())).append(',')
                        .append(rule.verdict().visitorsStillNeeded() == null ? "" : rule.verdict().visitorsStillNeeded()).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String difference(Interval interval) {
        return interval == null ? ",," : interval.estimate() + "," + bound(interval.low()) + "," + bound(interval.high());
    }

    private static String bound(double value) {
        return Double.isInfinite(value) || Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** Quoted where CSV needs it; a leading formula character is defused, so a spreadsheet shows the name and runs nothing. */
    private static String cell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.matches("(?s).*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
