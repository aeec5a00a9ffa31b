package nl.shopfloor.chat.entity;

/** What the shopper answered in the pre-chat form; validated at the boundary. */
public record PreChat(String name, String email, String topic) {
}
