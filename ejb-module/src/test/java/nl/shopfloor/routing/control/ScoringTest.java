package nl.shopfloor.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        return Scoring.score(agent, open, request, NOW, Map.of(), new Norms(0, Double.NaN, 0));
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
        long typical = Norms.typicalResponseMs(java.util.List.of(fast, slow, newcomer));
        assertThat(typical).as("newcomers do not set the norm").isEqualTo(60_000);
        assertThat(Scoring.performance(fast, typical)).isGreaterThan(0).isLessThanOrEqualTo(Scoring.MAX_PERFORMANCE);
        assertThat(Scoring.performance(slow, typical)).isZero();
        assertThat(Scoring.performance(newcomer, typical)).isEqualTo(Scoring.EXPLORATION);
        assertThat(Scoring.performance(null, typical)).isEqualTo(Scoring.EXPLORATION);
    }

    @Test
    void satisfactionAndConversionNudgeWithinTheirBoundsAgainstTheShopsFigures() {
        Performance good = outcomes(answered("good", 100, Duration.ofSeconds(30)), 40, 4.8, 30);
        Performance average = outcomes(answered("average", 100, Duration.ofSeconds(30)), 40, 4.0, 15);
        Performance poor = outcomes(answered("poor", 100, Duration.ofSeconds(30)), 40, 2.0, 2);
        Norms norms = Norms.of(List.of(good, average, poor));
        assertThat(norms.rating()).as("R5 all ratings of the topic").isCloseTo(3.6, within(0.01));
        assertThat(norms.conversion()).as("R5 converted of answered chats").isCloseTo(47 / 300.0, within(0.001));

        assertThat(Scoring.satisfaction(good, norms)).as("R5").isGreaterThan(Scoring.satisfaction(average, norms))
                .isLessThanOrEqualTo(Scoring.MAX_SATISFACTION);
        assertThat(Scoring.satisfaction(average, norms)).as("R5").isGreaterThan(0).isGreaterThan(Scoring.satisfaction(poor, norms));
        assertThat(Scoring.satisfaction(poor, norms)).as("R5 down to -5").isLessThan(-4).isGreaterThanOrEqualTo(-Scoring.MAX_SATISFACTION);
        assertThat(Scoring.conversion(good, norms)).as("R5").isGreaterThan(Scoring.conversion(average, norms)).isPositive()
                .isLessThanOrEqualTo(Scoring.MAX_CONVERSION);
        assertThat(Scoring.conversion(poor, norms)).as("R5").isNegative().isGreaterThanOrEqualTo(-Scoring.MAX_CONVERSION);
    }

    @Test
    void newcomersStartJustAboveAnAverageColleagueAndTheirOwnFiguresTakeOverAsTheyPileUp() {
        Performance average = outcomes(answered("average", 200, Duration.ofSeconds(30)), 100, 4.0, 20);
        Performance good = outcomes(answered("good", 200, Duration.ofSeconds(30)), 100, 4.8, 40);
        Norms norms = Norms.of(List.of(average, good));

        double newcomer = Scoring.satisfaction(null, norms) + Scoring.conversion(null, norms);
        assertThat(newcomer).as("R5 benefit of the doubt, no history at all")
                .isEqualTo(Scoring.MAX_SATISFACTION / 4 + Scoring.MAX_CONVERSION / 4);
        assertThat(newcomer).as("R5 above an average colleague, below a proven good one")
                .isGreaterThan(Scoring.satisfaction(average, norms) + Scoring.conversion(average, norms))
                .isLessThan(Scoring.satisfaction(good, norms) + Scoring.conversion(good, norms));

        Performance oneBadDay = outcomes(answered("new", 1, Duration.ofSeconds(30)), 1, 1.0, 0);
        assertThat(Scoring.satisfaction(oneBadDay, norms)).as("R5 one 1-star rating is shrunk towards the shop's, not a verdict")
                .isGreaterThan(-Scoring.MAX_SATISFACTION);
        Performance proven = outcomes(answered("proven", 200, Duration.ofSeconds(30)), 200, 1.0, 0);
        assertThat(Scoring.satisfaction(proven, norms)).as("R5 two hundred of them are").isLessThan(-4.9);
        assertThat(Scoring.satisfaction(oneBadDay, norms)).isGreaterThan(Scoring.satisfaction(proven, norms));

        Score learning = Scoring.score(agent("new"), 0, request("order", "nl", "", null), NOW,
                Map.of(Performance.key("new", "order"), oneBadDay), norms);
        assertThat(learning.learned().learningSatisfaction()).isTrue();
        assertThat(learning.learned().learningConversion()).isTrue();
        assertThat(learning.toJson().getJsonNumber("rating").doubleValue()).isEqualTo(1.0);
    }

    @Test
    void learningReordersColleaguesWhoKnowTheSubjectButDoesNotReplaceKnowingIt() {
        Performance skilledButPoor = outcomes(answered("skilled", 100, Duration.ofSeconds(30)), 100, 1.0, 0);
        Performance unskilledButGreat = outcomes(answered("unskilled", 100, Duration.ofSeconds(30)), 100, 5.0, 50);
        Norms norms = Norms.of(List.of(skilledButPoor, unskilledButGreat));
        RoutingRequest request = request("order", "nl", "", null);
        Map<String, Performance> learned = Map.of(Performance.key("skilled", "order"), skilledButPoor,
                Performance.key("unskilled", "order"), unskilledButGreat);
        Score skilled = Scoring.score(agent("skilled", new Skill(SkillKind.TOPIC, "order")), 0, request, NOW, learned, norms);
        Score unskilled = Scoring.score(agent("unskilled"), 0, request, NOW, learned, norms);
        assertThat(skilled.satisfaction() + skilled.conversion()).isLessThan(-8);
        assertThat(unskilled.satisfaction() + unskilled.conversion()).isGreaterThan(8);
        assertThat(skilled.total()).as("R2 a topic skill outweighs the widest gap in satisfaction and conversion")
                .isGreaterThan(unskilled.total());
        assertThat(skilled.total()).isEqualTo(skilled.ownAgent() + skilled.skills() + skilled.workload() + skilled.waiting()
                + skilled.performance() + skilled.satisfaction() + skilled.conversion());
    }

    /** Sets the agent's ratings (all of {@code stars}, rounded to whole stars in total) and converted chats. */
    private static Performance outcomes(Performance performance, int ratings, double stars, int converted) {
        performance.outcomes(ratings, (int) Math.round(ratings * stars), converted);
        return performance;
    }

    private static Performance answered(String agent, int times, Duration each) {
        Performance performance = new Performance(agent, "order");
        for (int i = 0; i < times; i++) {
            performance.firstResponse(each);
        }
        return performance;
    }
}
