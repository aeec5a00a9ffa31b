package nl.shopfloor.agents.entity;

/** Security roles; the names are the group names the identity store returns. */
public enum Role {
    AGENT("agent"), SUPERVISOR("supervisor"), ADMIN("admin");

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }
}
