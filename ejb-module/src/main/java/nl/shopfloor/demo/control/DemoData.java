package nl.shopfloor.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import nl.shopfloor.agents.control.Passwords;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.commerce.entity.Shop;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo shop and its team, loaded once when SHOPFLOOR_DEMO_DATA=true (the run script sets it; production
 * leaves it off). The demo shop accepts the widget on the server's own pages and on localhost:8080.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class DemoData {

    public static final String SHOP = "demo";
    public static final String PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "shopfloor.demo-data", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @PostConstruct
    void load() {
        if (!enabled || em.find(Shop.class, SHOP) != null) {
            return;
        }
        em.persist(new Shop(SHOP, "Demo ICT shop", "nl",
                Shop.SELF + " http://localhost:8080 http://127.0.0.1:8080", "order product service"));
        // Teams and agents refer to the shop by a plain column, so JPA cannot order these inserts itself.
        em.flush();
        Team firstLine = team("first-line", "First-line support");
        Team insideSales = team("inside-sales", "Inside sales");
        Team aftercare = team("aftercare", "Aftercare");
        String hash = passwords.hash(PASSWORD);
        agent("sanne", Role.AGENT, "Sanne de Vries", "Klantenservice", firstLine, hash);
        agent("mehmet", Role.AGENT, "Mehmet Yilmaz", "Klantenservice", firstLine, hash);
        agent("jeroen", Role.AGENT, "Jeroen Bakker", "Dell-specialist", insideSales, hash);
        agent("lisa", Role.AGENT, "Lisa Jansen", "Apple-specialist", insideSales, hash);
        agent("pieter", Role.AGENT, "Pieter Visser", "Garantie en retouren", aftercare, hash);
        agent("anouk", Role.SUPERVISOR, "Anouk Smit", "Teamleider klantenservice", firstLine, hash);
        em.persist(new Agent("admin", SHOP, hash, Role.ADMIN, "Beheerder", null, null, null));
        LOG.info("Demo data loaded: shop 'demo', agents sanne, mehmet, jeroen, lisa, pieter, supervisor anouk, admin (password 'demo')");
    }

    private Team team(String id, String name) {
        Team team = new Team(id, SHOP, name);
        em.persist(team);
        return team;
    }

    private void agent(String username, Role role, String name, String roleText, Team team, String hash) {
        em.persist(new Agent(username, SHOP, hash, role, name, roleText, "/demo/photos/" + username + ".svg", team));
    }
}
