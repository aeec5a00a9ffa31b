package nl.shopfloor.chat.control;

/** The shop's list of chats waiting too long for a first answer may have changed: dashboards show it. */
public record UnansweredChanged(String shopId) {
}
