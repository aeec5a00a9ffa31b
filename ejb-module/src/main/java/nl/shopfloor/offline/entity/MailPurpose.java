package nl.shopfloor.offline.entity;

/** Why a mail is sent: the shop's copy of an offline message, the shopper's confirmation, an agent's answer. */
public enum MailPurpose {
    TEAM, CONFIRMATION, REPLY
}
