package nl.shopfloor.chat.boundary;

import java.io.Serializable;
import java.util.List;

/** G3: a frame for these agents' dashboards held by another instance. */
public record FrameForAgents(List<String> usernames, String frame) implements Serializable {
}
