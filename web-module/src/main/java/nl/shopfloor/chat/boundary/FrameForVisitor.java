package nl.shopfloor.chat.boundary;

import java.io.Serializable;

/** G3: a frame for a visitor's widgets held by another instance. */
public record FrameForVisitor(String visitorId, String frame) implements Serializable {
}
