package nl.shopfloor.agents.entity;

import java.util.Locale;

/** Where a rostered agent works during a shift; only chat shifts take chats. */
public enum WorkChannel {
    CHAT, PHONE, EMAIL;

    public AgentStatus presence() {
        return this == CHAT ? AgentStatus.ONLINE : AgentStatus.BUSY_ELSEWHERE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkChannel of(String key) {
        for (WorkChannel channel : values()) {
            if (channel.key().equals(key)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("A channel is chat, phone or email, not " + key);
    }
}
