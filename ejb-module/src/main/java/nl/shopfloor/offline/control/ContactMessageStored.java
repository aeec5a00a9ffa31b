package nl.shopfloor.offline.control;

import nl.shopfloor.offline.entity.ContactMessage;

/** A new message or call-back request, fired inside the storing transaction (a resend fires nothing). */
public record ContactMessageStored(ContactMessage message) {
}
