package nl.shopfloor.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.agents.entity.Skill;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.capacity.control.Capacities;
import nl.shopfloor.capacity.control.Capacity;
import nl.shopfloor.routing.control.RoutingRequest;
import nl.shopfloor.routing.entity.Performance;

/**
 * A large shop, built the same way every time (fixed seed): 100 online agents who each take at most 20 chats, with
 * mixed skills (question types, brands, languages; some without a language), 1,000 open chats spread over them
 * (15 agents full, the other 700 chats at random over the rest), learned answer times, ratings and conversions for
 * about two thirds of the agents per question type (some still being explored), and a set of incoming chats to route
 * in turn.
 */
final class Team {

    static final String SHOP = "bench";
    static final int AGENTS = 100;
    static final int OPEN_CHATS = 1_000;
    static final int MAX_CHATS = 20;
    static final int FULL_AGENTS = 15;
    static final int REQUESTS = 64;

    static final String[] TOPICS = {"order", "product", "service", "returns", "billing"};
    static final String[] BRANDS = {"apple", "dell", "lenovo", "hp", "asus", "samsung", "microsoft", "logitech", "philips", "sony"};
    static final String[] LANGUAGES = {"nl", "en", "de", "fr"};

    final Instant now = Instant.parse("2025-11-20T14:00:00Z");
    final List<Agent> online = new ArrayList<>();
    final Capacity capacity = Capacities.withoutContainer();
    /** What routing has learned, per question type, keyed as Router.rank keys it (agent:topic). */
    final Map<String, Map<String, Performance>> learnedByTopic = new HashMap<>();
    final RoutingRequest[] requests = new RoutingRequest[REQUESTS];

    Team(Integer cap) {
        Random random = new Random(42);
        Random outcomes = new Random(43); // its own sequence: the team is the same as before routing learned outcomes
        for (int i = 0; i < AGENTS; i++) {
            Agent agent = new Agent(String.format("agent%03d", i), SHOP, "hash", i % 25 == 0 ? Role.SUPERVISOR : Role.AGENT,
                    "Agent " + i, "Sales", null, null);
            agent.changeMaxChats(MAX_CHATS);
            agent.learn(new Skill(SkillKind.TOPIC, TOPICS[i % TOPICS.length]));
            if (random.nextInt(3) == 0) {
                agent.learn(new Skill(SkillKind.TOPIC, TOPICS[random.nextInt(TOPICS.length)]));
            }
            for (int b = random.nextInt(4); b > 0; b--) {
                agent.learn(new Skill(SkillKind.BRAND, BRANDS[random.nextInt(BRANDS.length)]));
            }
            if (random.nextInt(10) > 0) {
                agent.learn(new Skill(SkillKind.LANGUAGE, "nl"));
                for (int l = random.nextInt(3); l > 0; l--) {
                    agent.learn(new Skill(SkillKind.LANGUAGE, LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]));
                }
            }
            if (random.nextInt(10) > 0) {
                agent.assigned(now.minus(Duration.ofSeconds(random.nextInt(2 * 3600))));
            }
            online.add(agent);
        }

        capacity.changeCap(SHOP, cap);
        for (int i = 0; i < FULL_AGENTS; i++) {
            for (int c = 0; c < MAX_CHATS; c++) {
                take(online.get(i));
            }
        }
        for (int taken = FULL_AGENTS * MAX_CHATS; taken < OPEN_CHATS; ) {
            Agent agent = online.get(FULL_AGENTS + random.nextInt(AGENTS - FULL_AGENTS));
            if (capacity.openChats(SHOP, agent.username()) < MAX_CHATS - 1) {
                take(agent);
                taken++;
            }
        }
        if (capacity.openChats(SHOP) != OPEN_CHATS) {
            throw new IllegalStateException("expected " + OPEN_CHATS + " open chats, got " + capacity.openChats(SHOP));
        }

        for (String topic : TOPICS) {
            Map<String, Performance> learned = new HashMap<>();
            for (Agent agent : online) {
                if (random.nextInt(3) > 0) {
                    Performance performance = new Performance(agent.username(), topic);
                    long typicalMs = 5_000 + random.nextInt(55_000);
                    int responses = random.nextInt(40);
                    for (int r = responses; r > 0; r--) {
                        performance.firstResponse(Duration.ofMillis(typicalMs / 2 + random.nextInt((int) typicalMs)));
                    }
                    int ratings = responses / 2;
                    performance.outcomes(ratings, ratings * (3 + outcomes.nextInt(3)), outcomes.nextInt(responses / 4 + 1));
                    learned.put(Performance.key(agent.username(), topic), performance);
                }
            }
            learnedByTopic.put(topic, learned);
        }

        for (int i = 0; i < REQUESTS; i++) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            int l = random.nextInt(10);
            String language = l < 5 ? "nl" : l < 8 ? "en" : l < 9 ? "de" : "fr";
            String brand = BRANDS[random.nextInt(BRANDS.length)];
            String page = random.nextBoolean()
                    ? "https://shop.example/laptops/" + brand + "-model-" + i + " " + brand + " laptop " + i + " | Shop"
                    : "https://shop.example/checkout Checkout | Shop";
            String own = random.nextInt(10) == 0 ? online.get(random.nextInt(AGENTS)).username() : null;
            requests[i] = new RoutingRequest(SHOP, topic, language, page, own);
        }
    }

    private void take(Agent agent) {
        if (capacity.admit(SHOP, List.of(agent)).isEmpty()) {
            throw new IllegalStateException("could not give " + agent.username() + " a chat");
        }
    }
}
