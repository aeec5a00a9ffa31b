package nl.shopfloor.capacity.control;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.List;
import java.util.Map;

/**
 * One change of a shop's load, applied atomically where the load lives (the data grid's owner of the shop, or
 * this instance): the rules of K1/K2 are these few lines. Each returns what its caller reads; a shop nobody
 * counted yet starts empty, without a cap.
 */
abstract class SlotChange<R> implements EntryProcessor<String, ShopLoad, R> {

    private static final long serialVersionUID = 1L;

    @Override
    public R process(Map.Entry<String, ShopLoad> entry) {
        ShopLoad load = entry.getValue() == null ? new ShopLoad(null) : entry.getValue();
        R result = apply(load);
        entry.setValue(load);
        return result;
    }

    abstract R apply(ShopLoad load);

    /** An agent who may take a chat, with their own maximum. */
    record Candidate(String username, int maxChats) implements java.io.Serializable {
    }

    /** The first candidate with room, with the slot taken for the member's unsettled start; null when none. */
    static final class Admit extends SlotChange<String> {
        private static final long serialVersionUID = 1L;
        private final String member;
        private final List<Candidate> ranked;

        Admit(String member, List<Candidate> ranked) {
            this.member = member;
            this.ranked = ranked;
        }

        @Override
        String apply(ShopLoad load) {
            if (!load.belowCap()) {
                return null;
            }
            for (Candidate candidate : ranked) {
                if (load.openOf(candidate.username()) < candidate.maxChats()) {
                    load.takeUnsettled(member, candidate.username());
                    return candidate.username();
                }
            }
            return null;
        }
    }

    /** One agent's slot, by the step its transaction reached (see {@code SlotReleases}). */
    static final class AgentSlot extends SlotChange<Boolean> {
        private static final long serialVersionUID = 1L;

        enum Step {
            /** The start is committing: the slot stays however its instance fares. */
            SETTLE,
            /** The start rolled back before it settled. */
            UNWIND,
            RELEASE,
            /** Even above the agent's maximum: a rolled-back move gives the chat back to them. */
            RETAKE
        }

        private final Step step;
        private final String member;
        private final String agent;

        AgentSlot(Step step, String member, String agent) {
            this.step = step;
            this.member = member;
            this.agent = agent;
        }

        @Override
        Boolean apply(ShopLoad load) {
            switch (step) {
                case SETTLE -> load.settle(member, agent);
                case UNWIND -> load.unwind(member, agent);
                case RELEASE -> load.free(agent);
                case RETAKE -> load.take(agent);
            }
            return Boolean.TRUE;
        }
    }

    static final class Move extends SlotChange<Boolean> {
        private static final long serialVersionUID = 1L;
        private final String from;
        private final Candidate to;

        Move(String from, Candidate to) {
            this.from = from;
            this.to = to;
        }

        @Override
        Boolean apply(ShopLoad load) {
            if (load.openOf(to.username()) >= to.maxChats()) {
                return Boolean.FALSE;
            }
            load.free(from);
            load.take(to.username());
            return Boolean.TRUE;
        }
    }

    static final class ChangeCap extends SlotChange<Boolean> {
        private static final long serialVersionUID = 1L;
        private final Integer cap;

        ChangeCap(Integer cap) {
            this.cap = cap;
        }

        @Override
        Boolean apply(ShopLoad load) {
            load.cap(cap);
            return Boolean.TRUE;
        }
    }

    static final class Read extends SlotChange<OpenChats> implements ReadOnly {
        private static final long serialVersionUID = 1L;

        @Override
        public OpenChats process(Map.Entry<String, ShopLoad> entry) {
            return apply(entry.getValue() == null ? new ShopLoad(null) : entry.getValue());
        }

        @Override
        OpenChats apply(ShopLoad load) {
            return load.snapshot();
        }

        @Override
        public EntryProcessor<String, ShopLoad, OpenChats> getBackupProcessor() {
            return null;
        }
    }

    /** Counts from the database, for a shop nobody counts yet (the first instance of a cluster to start). */
    static final class Seed extends SlotChange<Boolean> {
        private static final long serialVersionUID = 1L;
        private final Integer cap;
        private final Map<String, Integer> openByAgent;

        Seed(Integer cap, Map<String, Integer> openByAgent) {
            this.cap = cap;
            this.openByAgent = openByAgent;
        }

        @Override
        public Boolean process(Map.Entry<String, ShopLoad> entry) {
            if (entry.getValue() != null) {
                return Boolean.FALSE;
            }
            return super.process(entry);
        }

        @Override
        Boolean apply(ShopLoad load) {
            load.cap(cap);
            openByAgent.forEach((agent, open) -> {
                for (int i = 0; i < open; i++) {
                    load.take(agent);
                }
            });
            return Boolean.TRUE;
        }
    }

    /** Gives back the unsettled slots of a member that left; how many (null when none). */
    static final class ForgetMember extends SlotChange<Integer> {
        private static final long serialVersionUID = 1L;
        private final String member;

        ForgetMember(String member) {
            this.member = member;
        }

        @Override
        Integer apply(ShopLoad load) {
            int given = load.forgetMember(member);
            return given == 0 ? null : given;
        }
    }
}
