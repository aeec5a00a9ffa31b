package nl.shopfloor.invites.entity;

public enum DeviceType {
    DESKTOP, MOBILE, TABLET
}
