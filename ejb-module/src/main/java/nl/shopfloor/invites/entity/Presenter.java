package nl.shopfloor.invites.entity;

/** Whose photo and name the invite shows, and so who gets the chat it starts. */
public enum Presenter {
    /** one agent, by username: shown only when that agent can take a chat now */
    AGENT,
    /** the team, by its id: the chat is routed as usual */
    TEAM,
    /** the agent routing would pick now, who then gets the chat */
    ROUTED
}
