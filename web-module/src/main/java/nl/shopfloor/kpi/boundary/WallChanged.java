package nl.shopfloor.kpi.boundary;

import java.io.Serializable;

/** G3: something a wall shows changed on another instance. */
public record WallChanged(String shopId) implements Serializable {
}
