package nl.shopfloor.capacity.control;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The open chats of one shop, per agent, and its cap; plus, per instance, the slots it took for chats whose
 * start has not reached its commit yet (so that those of an instance that dies can be given back). Changed only
 * inside a {@link SlotChange}, one at a time.
 */
final class ShopLoad implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, Integer> openByAgent = new HashMap<>();
    private final HashMap<String, HashMap<String, Integer>> unsettledByMember = new HashMap<>();
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
        decrement(openByAgent, agent);
    }

    /** Taken by this member for a chat whose start has not committed yet. */
    void takeUnsettled(String member, String agent) {
        take(agent);
        unsettledByMember.computeIfAbsent(member, m -> new HashMap<>()).merge(agent, 1, Integer::sum);
    }

    /** The start is committing: the slot stays however its member fares. */
    void settle(String member, String agent) {
        HashMap<String, Integer> unsettled = unsettledByMember.get(member);
        if (unsettled != null) {
            decrement(unsettled, agent);
            if (unsettled.isEmpty()) {
                unsettledByMember.remove(member);
            }
        }
    }

    /** The start rolled back before it settled. */
    void unwind(String member, String agent) {
        settle(member, agent);
        free(agent);
    }

    /** Gives back every slot the member took for starts that never settled; how many. */
    int forgetMember(String member) {
        HashMap<String, Integer> unsettled = unsettledByMember.remove(member);
        if (unsettled == null) {
            return 0;
        }
        int given = 0;
        for (Map.Entry<String, Integer> slots : unsettled.entrySet()) {
            for (int i = 0; i < slots.getValue(); i++) {
                free(slots.getKey());
                given++;
            }
        }
        return given;
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

    private static void decrement(Map<String, Integer> counts, String key) {
        counts.computeIfPresent(key, (name, count) -> count > 1 ? count - 1 : null);
    }
}
