package nl.shopfloor.capacity.control;

import java.util.HashMap;
import java.util.Map;

/** The open chats of one shop, per agent, and its cap. Not thread-safe: {@link Capacity} serialises access. */
final class ShopLoad {

    private final Map<String, Integer> openByAgent = new HashMap<>();
    private Integer cap;

    ShopLoad(Integer cap) {
        this.cap = cap;
    }

    int total() {
        return openByAgent.values().stream().mapToInt(Integer::intValue).sum();
    }

    int openOf(String agent) {
        return openByAgent.getOrDefault(agent, 0);
    }

    boolean belowCap() {
        return cap == null || total() < cap;
    }

    void take(String agent) {
        openByAgent.merge(agent, 1, Integer::sum);
    }

    void free(String agent) {
        openByAgent.computeIfPresent(agent, (name, open) -> open > 1 ? open - 1 : null);
    }

    void cap(Integer cap) {
        this.cap = cap;
    }

    Integer cap() {
        return cap;
    }

    OpenChats snapshot() {
        return new OpenChats(Map.copyOf(openByAgent), total(), cap);
    }
}
