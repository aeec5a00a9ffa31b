package nl.shopfloor.capacity.control;

import java.io.Serializable;
import java.util.Set;

/** G3: shops whose availability may have changed on another instance; this one computes them on its next tick. */
public record ShopsMarked(Set<String> shopIds) implements Serializable {
}
