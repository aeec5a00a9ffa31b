package nl.shopfloor.knowledge.control;

import java.util.Map;

/** What an import did: how many articles it made and updated, and why each refused row (by its number) was left out. */
public record ImportReport(int created, int updated, Map<Integer, String> refused) {
}
