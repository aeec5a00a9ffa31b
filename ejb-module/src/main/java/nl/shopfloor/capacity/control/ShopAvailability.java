package nl.shopfloor.capacity.control;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What a shop can offer a shopper now, as {@link Availabilities} computed it.
 *
 * @param state          chat now, or why not
 * @param freeSlots      chats that can still start now: the room of the agents who can take one, within the cap
 * @param openChats      chats open now
 * @param cap            the shop-wide cap, null for none
 * @param dutySlots      the maximum chats of every agent on duty (online, within their team's hours)
 * @param agentsWithRoom usernames of the agents on duty below their own maximum (the shop's cap aside)
 * @param teamsWithRoom  ids of the teams with at least one of those agents
 * @param opensAt        when a closed shop opens again (shop's local time), null when open or not within three weeks
 */
public record ShopAvailability(String shopId, Availability state, int freeSlots, int openChats, Integer cap, int dutySlots,
                               Set<String> agentsWithRoom, Set<String> teamsWithRoom, LocalDateTime opensAt) {

    public ShopAvailability {
        agentsWithRoom = Set.copyOf(agentsWithRoom);
        teamsWithRoom = Set.copyOf(teamsWithRoom);
    }

    public boolean canChat() {
        return state.canChat();
    }

    /** Whether a chat with this agent can start now: they have room and the shop is below its cap. */
    public boolean isAvailable(String username) {
        return canChat() && agentsWithRoom.contains(username);
    }

    /** Whether this agent has room, the shop's cap aside: a colleague can still hand them a chat. */
    public boolean hasRoom(String username) {
        return agentsWithRoom.contains(username);
    }

    /** Whether someone of this team has room, the shop's cap aside. */
    public boolean teamHasRoom(String teamId) {
        return teamsWithRoom.contains(teamId);
    }

    /** Open chats per slot of the agents on duty: 0 idle, 1 everyone full; 1 when nobody is on duty. */
    public double load() {
        return dutySlots == 0 ? 1 : Math.min(1, (double) openChats / dutySlots);
    }

    /** Whether a widget would show anything different (it shows the state and when a closed shop opens). */
    public boolean looksTheSameTo(ShopAvailability other) {
        return other != null && state == other.state && java.util.Objects.equals(opensAt, other.opensAt);
    }
}
