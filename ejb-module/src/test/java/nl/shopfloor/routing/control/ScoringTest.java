package nl.shopfloor.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.Role;
import nl.shopfloor.agents.entity.Skill;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.routing.entity.Performance;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Agent agent(String name, Skill... skills) {
        Agent agent = new Agent(name, "demo", "hash", Role.AGENT, name, null, null, null);
        for (Skill skill : skills) {
            agent.learn(skill);
        }
        return agent;
    }

    static RoutingRequest request(String topic, String language, String page, String ownAgent) {
        return new RoutingRequest("demo", topic, language, page, ownAgent);
    }

    static Score score(Agent agent, int open, RoutingRequest request) {
        return Scoring.score(agent, open, request, NOW, Map.of(), 0);
    }

    @Test
    void theShoppersOwnAgentComesFirst() {
        Agent own = agent("own");
        Agent expert = agent("expert", new Skill(SkillKind.TOPIC, "product"), new Skill(SkillKind.BRAND, "dell"));
        RoutingRequest request = request("product", "nl", "https://shop/dell-xps-13", "own");
        assertThat(score(own, 1, request).total()).isGreaterThan(score(expert, 0, request).total());
        assertThat(score(own, 1, request).ownAgent()).isEqualTo(Scoring.OWN_AGENT);
    }

    @Test
    void skillsMatchTopicBrandOnThePageAndLanguage() {
        Agent dell = agent("dell", new Skill(SkillKind.TOPIC, "product"), new Skill(SkillKind.BRAND, "Dell"),
                new Skill(SkillKind.LANGUAGE, "nl"));
        assertThat(Scoring.skills(dell, request("product", "nl", "Dell Latitude 5450 | Demo shop", null)))
                .isEqualTo(Scoring.TOPIC + Scoring.BRAND + Scoring.LANGUAGE);
        assertThat(Scoring.skills(dell, request("order", "en", "Apple MacBook", null)))
                .as("wrong topic, no brand, does not speak English").isEqualTo(Scoring.WRONG_LANGUAGE);
        assertThat(Scoring.skills(agent("any"), request("order", "en", "", null)))
                .as("no language skills listed: no opinion").isZero();
    }

    @Test
    void workSpreadsToWhoeverHasLeastAndWaitedLongest() {
        Agent busy = agent("busy");
        Agent quiet = agent("quiet");
        RoutingRequest request = request("order", "nl", "", null);
        assertThat(score(busy, 2, request).total()).isLessThan(score(quiet, 1, request).total());
        assertThat(score(busy, 3, request).hasRoom()).isFalse();

        assertThat(Scoring.waiting(null, NOW)).isEqualTo(Scoring.MAX_WAITING);
        assertThat(Scoring.waiting(NOW.minus(Duration.ofMinutes(30)), NOW)).isCloseTo(Scoring.MAX_WAITING / 2, within(0.01));
        assertThat(Scoring.waiting(NOW.minus(Duration.ofHours(5)), NOW)).isEqualTo(Scoring.MAX_WAITING);
    }

    @Test
    void learnedSpeedNudgesAndNewcomersAreExplored() {
        Performance fast = answered("fast", 10, Duration.ofSeconds(10));
        Performance slow = answered("slow", 10, Duration.ofSeconds(60));
        Performance newcomer = answered("new", 2, Duration.ofSeconds(90));
        long typical = Router.typicalResponseMs(java.util.List.of(fast, slow, newcomer));
        assertThat(typical).as("newcomers do not set the norm").isEqualTo(60_000);
        assertThat(Scoring.performance(fast, typical)).isGreaterThan(0).isLessThanOrEqualTo(Scoring.MAX_PERFORMANCE);
        assertThat(Scoring.performance(slow, typical)).isZero();
        assertThat(Scoring.performance(newcomer, typical)).isEqualTo(Scoring.EXPLORATION);
        assertThat(Scoring.performance(null, typical)).isEqualTo(Scoring.EXPLORATION);
    }

    private static Performance answered(String agent, int times, Duration each) {
        Performance performance = new Performance(agent, "order");
        for (int i = 0; i < times; i++) {
            performance.firstResponse(each);
        }
        return performance;
    }
}
