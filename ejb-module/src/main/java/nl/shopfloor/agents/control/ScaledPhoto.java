package nl.shopfloor.agents.control;

/** An upload made into the photos we serve: square JPEGs of {@link PhotoScaler#SIZE} and {@link PhotoScaler#SMALL} px. */
public record ScaledPhoto(byte[] image, byte[] smallImage, String version) {
}
