package nl.shopfloor.capacity.control;

import java.util.List;
import nl.shopfloor.agents.entity.Agent;

/**
 * A shop's availability differs from the last one computed. Fired only by {@link Availabilities}, outside any
 * transaction, at most once per shop per tick; {@code agents} are the shop's agents it was computed from.
 *
 * @param previous null the first time the shop is computed
 */
public record AvailabilityChanged(ShopAvailability previous, ShopAvailability current, List<Agent> agents) {

    public String shopId() {
        return current.shopId();
    }
}
