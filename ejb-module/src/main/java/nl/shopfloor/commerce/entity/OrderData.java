package nl.shopfloor.commerce.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the shop says about one order; {@code customerRef} and {@code visitorId} may be null. */
public record OrderData(String ref, String customerRef, String visitorId, BigDecimal totalExclVat, BigDecimal totalInclVat,
                        String currency, Instant placedAt, OrderStatus status, List<OrderLine> lines) {
}
