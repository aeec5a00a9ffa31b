package nl.shopfloor.agents.entity;

public enum AgentStatus {
    ONLINE, AWAY, OFFLINE
}
