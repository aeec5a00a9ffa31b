package nl.shopfloor.invites.entity;

public enum VariantKind {
    TEXT, BUTTONS, QUESTION
}
