package nl.shopfloor.kpi.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which chat an order is credited to (K6): the last chat of the same visitor or the same customer that started at
 * or before the order was placed and at most the window before it (last touch). "During" when the order was placed
 * before the chat closed (or while it is open), else "after". Orders that do not count as revenue (cancelled,
 * refunded) are credited to nobody.
 */
public final class Attribution {

    public record Chat(String id, String visitorId, String customerRef, String agent, Instant startedAt, Instant closedAt) {
    }

    public record Order(String ref, String visitorId, String customerRef, BigDecimal revenue, Instant placedAt, boolean countsAsRevenue) {
    }

    public record Credit(Order order, Chat chat, boolean during) {
    }

    private Attribution() {
    }

    public static List<Credit> credit(List<Order> orders, List<Chat> chats, Duration window) {
        Map<String, List<Chat>> byVisitor = new HashMap<>();
        Map<String, List<Chat>> byCustomer = new HashMap<>();
        for (Chat chat : chats) {
            byVisitor.computeIfAbsent(chat.visitorId(), k -> new ArrayList<>()).add(chat);
            if (chat.customerRef() != null) {
                byCustomer.computeIfAbsent(chat.customerRef(), k -> new ArrayList<>()).add(chat);
            }
        }
        List<Credit> credits = new ArrayList<>();
        for (Order order : orders) {
            if (!order.countsAsRevenue()) {
                continue;
            }
            lastTouch(order, candidates(order, byVisitor, byCustomer), window)
                    .ifPresent(chat -> credits.add(new Credit(order, chat, chat.closedAt() == null || !order.placedAt().isAfter(chat.closedAt()))));
        }
        return credits;
    }

    private static List<Chat> candidates(Order order, Map<String, List<Chat>> byVisitor, Map<String, List<Chat>> byCustomer) {
        List<Chat> candidates = new ArrayList<>();
        if (order.visitorId() != null) {
            candidates.addAll(byVisitor.getOrDefault(order.visitorId(), List.of()));
        }
        if (order.customerRef() != null) {
            candidates.addAll(byCustomer.getOrDefault(order.customerRef(), List.of()));
        }
        return candidates;
    }

    private static Optional<Chat> lastTouch(Order order, List<Chat> candidates, Duration window) {
        Instant earliest = order.placedAt().minus(window);
        return candidates.stream()
                .filter(chat -> !chat.startedAt().isAfter(order.placedAt()) && !chat.startedAt().isBefore(earliest))
                .max(Comparator.comparing(Chat::startedAt).thenComparing(Chat::id));
    }
}
