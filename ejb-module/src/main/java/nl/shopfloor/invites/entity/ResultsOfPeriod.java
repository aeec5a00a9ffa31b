package nl.shopfloor.invites.entity;

import java.time.LocalDate;
import java.util.List;

/** A shop's A/B results over whole days {@code from} to {@code to} (invites I11), orders counted within {@code attributionDays}. */
public record ResultsOfPeriod(LocalDate from, LocalDate to, int attributionDays, List<RuleResults> rules) {
}
