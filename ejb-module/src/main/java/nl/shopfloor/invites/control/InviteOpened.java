package nl.shopfloor.invites.control;

import java.io.Serializable;
import java.time.Instant;

/** An invite was given: until its display time ends it is expected to bring this many chats (I9). */
public record InviteOpened(String shopId, Instant until, double expectedChats) implements Serializable {
}
