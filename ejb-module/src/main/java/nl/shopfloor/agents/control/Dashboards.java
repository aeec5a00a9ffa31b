package nl.shopfloor.agents.control;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * How many dashboards one agent has open, per instance that holds their sockets: the agent is present while
 * any is open, and the dashboards of an instance that dies are forgotten by the lead. Changed only by the
 * processors below, atomically where the entry lives; an agent without dashboards has no entry.
 */
final class Dashboards implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, Integer> openByMember = new HashMap<>();

    private static Dashboards of(Map.Entry<String, Dashboards> entry) {
        return entry.getValue() == null ? new Dashboards() : entry.getValue();
    }

    private static void store(Map.Entry<String, Dashboards> entry, Dashboards dashboards) {
        entry.setValue(dashboards.openByMember.isEmpty() ? null : dashboards);
    }

    /** A dashboard of the agent opened ({@code opened}) or closed on this member. */
    static final class Counted implements EntryProcessor<String, Dashboards, Boolean> {
        private static final long serialVersionUID = 1L;
        private final String member;
        private final boolean opened;

        Counted(String member, boolean opened) {
            this.member = member;
            this.opened = opened;
        }

        @Override
        public Boolean process(Map.Entry<String, Dashboards> entry) {
            Dashboards dashboards = of(entry);
            if (opened) {
                dashboards.openByMember.merge(member, 1, Integer::sum);
            } else {
                dashboards.openByMember.computeIfPresent(member, (m, open) -> open > 1 ? open - 1 : null);
            }
            store(entry, dashboards);
            return Boolean.TRUE;
        }
    }

    /** TRUE for an agent with an open dashboard; nothing (null) for one without. */
    static final class AnyOpen implements EntryProcessor<String, Dashboards, Boolean>, ReadOnly {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean process(Map.Entry<String, Dashboards> entry) {
            return entry.getValue() != null && !entry.getValue().openByMember.isEmpty() ? Boolean.TRUE : null;
        }

        @Override
        public EntryProcessor<String, Dashboards, Boolean> getBackupProcessor() {
            return null;
        }
    }

    /** Forgets a departed instance's dashboards; TRUE for an agent who has none left anywhere. */
    static final class ForgetMember implements EntryProcessor<String, Dashboards, Boolean> {
        private static final long serialVersionUID = 1L;
        private final String member;

        ForgetMember(String member) {
            this.member = member;
        }

        @Override
        public Boolean process(Map.Entry<String, Dashboards> entry) {
            Dashboards dashboards = of(entry);
            if (dashboards.openByMember.remove(member) == null) {
                return null;
            }
            store(entry, dashboards);
            return dashboards.openByMember.isEmpty() ? Boolean.TRUE : null;
        }
    }
}
