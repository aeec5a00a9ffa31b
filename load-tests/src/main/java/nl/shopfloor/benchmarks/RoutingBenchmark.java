package nl.shopfloor.benchmarks;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.OpenChats;
import nl.shopfloor.routing.control.Decision;
import nl.shopfloor.routing.control.Router;
import nl.shopfloor.routing.control.RoutingRequest;
import nl.shopfloor.routing.entity.Performance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The routing decision for one new chat in a shop with 100 online agents and 1,000 open chats ({@link Team}):
 * {@link Router#decide} — every agent scored, with their open chats from one snapshot of
 * {@link nl.shopfloor.capacity.control.Capacity} as {@code Router.rank} takes it — then {@code Capacity.admit} of the ranked list. What
 * {@code Router.rank} adds in the application (loading agents and learned times through JPA) is not measured.
 * The slot taken is released in the same invocation so every decision meets the same 1,000 chats; that release
 * (one lock, a no-op event) is part of the figure — {@link CapacityBenchmark} measures admit + release alone.
 * Incoming chats rotate through 64 prepared requests (question types, languages, brand pages, own agents).
 */
@State(Scope.Benchmark)
// Json.createObjectBuilder() looks the JSON-P provider up with a ServiceLoader on every call unless the system
// property jakarta.json.provider names it (then Payara's JSON-P bundle caches the class). Naming it here makes
// decideAdmitAndExplain measure building the explanation, not the lookup — whose cost in the container, where it
// scans WEB-INF/lib under a jar lock, shows in the load test (README.md, "What the figures showed").
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"})
// The decision's stream pipelines take C2 several seconds to settle on 2 cores: a long warm-up.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {

    Team team;

    /** Each benchmark thread routes its own sequence of incoming chats. */
    @State(Scope.Thread)
    public static class Incoming {
        int next;

        RoutingRequest take(Team team) {
            RoutingRequest request = team.requests[next];
            next = (next + 1) % team.requests.length;
            return request;
        }
    }

    @Setup(Level.Trial)
    public void buildTeam() {
        team = new Team(null);
    }

    @TearDown(Level.Trial)
    public void checkNothingLeaked() {
        if (team.capacity.openChats(Team.SHOP) != Team.OPEN_CHATS) {
            throw new IllegalStateException("open chats drifted to " + team.capacity.openChats(Team.SHOP));
        }
    }

    /** Average time of one decision, single thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Agent decideAndAdmit(Incoming incoming) {
        return route(incoming.take(team));
    }

    /** The same decision as throughput: decisions per second, single thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Agent decideAndAdmitThroughput(Incoming incoming) {
        return route(incoming.take(team));
    }

    /**
     * Four chats routed at once (more threads than this machine's 2 cores): every decision reads 100 open-chat
     * counts under the one capacity lock, so this shows what that lock costs when starts coincide.
     */
    @Benchmark
    @Threads(4)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Agent decideAndAdmit4Threads(Incoming incoming) {
        return route(incoming.take(team));
    }

    /** As the application does it: also the explanation stored with the conversation (JSON of the top 8). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String decideAdmitAndExplain(Incoming incoming) {
        RoutingRequest request = incoming.take(team);
        Decision decision = decide(request);
        Optional<Agent> admitted = team.capacity.admit(Team.SHOP, decision.ranked());
        admitted.ifPresent(agent -> team.capacity.release(Team.SHOP, agent.username()));
        return admitted.map(agent -> decision.explain(agent.username())).orElse(null);
    }

    private Agent route(RoutingRequest request) {
        Decision decision = decide(request);
        Optional<Agent> admitted = team.capacity.admit(Team.SHOP, decision.ranked());
        admitted.ifPresent(agent -> team.capacity.release(Team.SHOP, agent.username()));
        return admitted.orElse(null);
    }

    private Decision decide(RoutingRequest request) {
        Map<String, Performance> learned = team.learnedByTopic.get(request.topic());
        OpenChats load = team.capacity.snapshot(Team.SHOP);
        return Router.decide(team.online, agent -> load.openOf(agent.username()), request, team.now, learned);
    }
}
