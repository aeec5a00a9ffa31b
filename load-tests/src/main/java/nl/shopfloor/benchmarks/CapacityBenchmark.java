package nl.shopfloor.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.shopfloor.agents.entity.Agent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Capacity.admit} + {@code release} alone — the critical sections of the one capacity lock — on the same
 * shop of 100 agents and 1,000 open chats, by one thread and by four at once (more threads than this machine's
 * 2 cores: a measure of the lock under contention, not of parallel speed-up). Each thread admits to its own
 * rotation of the team's list, whose first agent has room. With a cap the lock also sums the shop's open chats
 * (a stream over every agent) on every admit.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CapacityBenchmark {

    /** "none" is the demo shop's default (no global cap); 2000 is a cap above the 1,000 open chats. */
    @Param({"none", "2000"})
    public String cap;

    Team team;
    final AtomicInteger threads = new AtomicInteger();

    @State(Scope.Thread)
    public static class Ranking {
        List<Agent> ranked;

        @Setup(Level.Trial)
        public void rotate(CapacityBenchmark benchmark) {
            // As routing ranks them, the first agent has room (full ones are filtered out): start every thread's
            // list at a different agent past the 15 full ones, so 1 and 4 threads do the same work per admit.
            ranked = new ArrayList<>(benchmark.team.online);
            Collections.rotate(ranked, -(Team.FULL_AGENTS + 17 * benchmark.threads.getAndIncrement()));
        }
    }

    @Setup(Level.Trial)
    public void buildTeam() {
        team = new Team("none".equals(cap) ? null : Integer.valueOf(cap));
    }

    @TearDown(Level.Trial)
    public void checkNothingLeaked() {
        if (team.capacity.openChats(Team.SHOP) != Team.OPEN_CHATS) {
            throw new IllegalStateException("open chats drifted to " + team.capacity.openChats(Team.SHOP));
        }
    }

    @Benchmark
    @Threads(1)
    public Agent admitRelease1Thread(Ranking ranking) {
        return admitAndRelease(ranking.ranked);
    }

    @Benchmark
    @Threads(4)
    public Agent admitRelease4Threads(Ranking ranking) {
        return admitAndRelease(ranking.ranked);
    }

    private Agent admitAndRelease(List<Agent> ranked) {
        Optional<Agent> admitted = team.capacity.admit(Team.SHOP, ranked);
        admitted.ifPresent(agent -> team.capacity.release(Team.SHOP, agent.username()));
        return admitted.orElse(null);
    }
}
