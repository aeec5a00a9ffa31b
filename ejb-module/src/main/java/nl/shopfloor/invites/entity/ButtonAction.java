package nl.shopfloor.invites.entity;

public enum ButtonAction {
    OPEN_CHAT, OPEN_LINK, DISMISS
}
