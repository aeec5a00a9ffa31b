package nl.shopfloor.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import nl.shopfloor.Ids;
import nl.shopfloor.knowledge.entity.Article;
import nl.shopfloor.agents.control.Passwords;
import nl.shopfloor.agents.entity.Agent;
import java.util.Locale;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.agents.entity.Skill;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.agents.entity.Team;
import nl.shopfloor.commerce.entity.Shop;
import nl.shopfloor.offline.entity.TopicMailbox;
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

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        // Instances of a cluster may start at once: the first to lock this row writes the demo data, the others wait
        // for its commit and then find the shop.
        em.createNativeQuery("SELECT version FROM schema_version WHERE version = 1 FOR UPDATE").getResultList();
        if (em.find(Shop.class, SHOP) != null) {
            articlesOnce();
            return;
        }
        Shop shop = new Shop(SHOP, "Demo ICT shop", "nl",
                Shop.SELF + " http://localhost:8080 http://127.0.0.1:8080", "order product service");
        shop.changeContactEmail("klantenservice@demo-ict.example");
        em.persist(shop);
        // Teams and agents refer to the shop by a plain column, so JPA cannot order these inserts itself.
        em.flush();
        Team firstLine = team("first-line", "First-line support");
        Team insideSales = team("inside-sales", "Inside sales");
        Team aftercare = team("aftercare", "Aftercare");
        String hash = passwords.hash(PASSWORD);
        agent("sanne", 1, Role.AGENT, "Sanne de Vries", "Klantenservice", firstLine, hash, "topic:order", "language:nl", "language:en");
        agent("mehmet", 2, Role.AGENT, "Mehmet Yilmaz", "Klantenservice", firstLine, hash, "topic:order", "language:nl", "language:en");
        agent("jeroen", 3, Role.AGENT, "Jeroen Bakker", "Dell-specialist", insideSales, hash, "topic:product", "brand:dell",
                "brand:lenovo", "language:nl", "language:en");
        agent("lisa", 4, Role.AGENT, "Lisa Jansen", "Apple-specialist", insideSales, hash, "topic:product", "brand:apple",
                "brand:macbook", "language:nl", "language:en");
        agent("pieter", 5, Role.AGENT, "Pieter Visser", "Garantie en retouren", aftercare, hash, "topic:service", "language:nl");
        agent("anouk", 6, Role.SUPERVISOR, "Anouk Smit", "Teamleider klantenservice", firstLine, hash, "topic:order",
                "topic:service", "language:nl", "language:en");
        em.persist(new Agent("admin", SHOP, hash, Role.ADMIN, "Beheerder", null, null, null));
        em.persist(new TopicMailbox(SHOP, "order", "bestellingen@demo-ict.example"));
        em.persist(new TopicMailbox(SHOP, "product", "verkoop@demo-ict.example"));
        em.persist(new TopicMailbox(SHOP, "service", "nazorg@demo-ict.example"));
        DemoInvites.rules(Ids::random, clock.instant()).forEach(em::persist);
        // Canned answers refer to their agent by a plain column as well.
        em.flush();
        DemoAnswers.answers(Ids::random).forEach(em::persist);
        articlesOnce();
        LOG.info("Demo data loaded: shop 'demo', agents sanne, mehmet, jeroen, lisa, pieter, supervisor anouk, admin (password 'demo'), three invite rules, seven canned answers, twelve FAQ articles");
    }

    /** Also for a demo database from before the articles (knowledge K1). */
    private void articlesOnce() {
        if (em.createQuery("select count(a) from Article a where a.shopId = :shop", Long.class).setParameter("shop", SHOP)
                .getSingleResult() == 0) {
            DemoArticles.all().forEach(draft -> em.persist(new Article(Ids.random(), SHOP, draft, null, clock.instant())));
        }
    }

    private Team team(String id, String name) {
        Team team = new Team(id, SHOP, name);
        em.persist(team);
        return team;
    }

    private void agent(String username, int photo, Role role, String name, String roleText, Team team, String hash, String... skills) {
        Agent agent = new Agent(username, SHOP, hash, role, name, roleText, "/demo/photos/photo-" + photo + ".svg", team);
        agent.changeEmail(username + "@demo-ict.example");
        for (String skill : skills) {
            String[] kindAndValue = skill.split(":", 2);
            agent.learn(new Skill(SkillKind.valueOf(kindAndValue[0].toUpperCase(Locale.ROOT)), kindAndValue[1]));
        }
        em.persist(agent);
    }
}
