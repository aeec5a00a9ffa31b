package nl.shopfloor.invites.entity;

import java.util.List;

/** What one visitor was shown before, and dismissed: what the frequency caps and a visitor's variant depend on. */
public record InviteHistory(List<PastInvite> shown) {

    public static final InviteHistory NONE = new InviteHistory(List.of());

    public InviteHistory {
        shown = List.copyOf(shown);
    }
}
