package nl.shopfloor.commerce.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.shopfloor.commerce.entity.Shop;

@Stateless
public class Shops {

    @PersistenceContext
    EntityManager em;

    public Optional<Shop> find(String id) {
        if (id == null || id.isBlank() || id.length() > 40) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Shop.class, id));
    }
}
