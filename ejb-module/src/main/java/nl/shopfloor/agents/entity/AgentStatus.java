package nl.shopfloor.agents.entity;

/**
 * What an agent chose. Only ONLINE takes new chats. BUSY_ELSEWHERE: at work on another channel (phone,
 * e-mail) in a rotation — present for colleagues and the wall, not for new chats.
 */
public enum AgentStatus {
    ONLINE, AWAY, BUSY_ELSEWHERE, OFFLINE
}
