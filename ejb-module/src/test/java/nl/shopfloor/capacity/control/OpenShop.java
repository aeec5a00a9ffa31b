package nl.shopfloor.capacity.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.shopfloor.agents.control.Presence;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.offline.control.BusinessHours;
import nl.shopfloor.offline.control.HoursNow;
import nl.shopfloor.offline.entity.OpeningHours;

/** Availabilities outside the container, for a shop that is open with every agent online. */
final class OpenShop {

    private OpenShop() {
    }

    static Availabilities availabilities(Capacity capacity) {
        Availabilities availabilities = new Availabilities();
        availabilities.capacity = capacity;
        availabilities.presence = new Presence() {
            @Override
            public boolean isOnline(Agent agent) {
                return true;
            }

            @Override
            public List<Agent> online(List<Agent> agents) {
                return agents;
            }
        };
        availabilities.hours = new BusinessHours() {
            @Override
            public boolean isShopOpen(String shopId) {
                return true;
            }

            @Override
            public HoursNow now(String shopId) {
                return new HoursNow(new OpeningHours(Set.of(), List.of(), Set.of()), LocalDateTime.now()); // no hours set: open
            }

            @Override
            public Optional<LocalDateTime> nextOpening(String shopId) {
                return Optional.empty();
            }
        };
        return availabilities;
    }
}
