package nl.shopfloor.invites.entity;

/** @param link only for {@link ButtonAction#OPEN_LINK}: an http(s) address */
public record InviteButton(String labelEn, String labelNl, ButtonAction action, String link) {
}
