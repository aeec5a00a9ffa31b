package nl.shopfloor.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.invites.control.Allocation;
import nl.shopfloor.invites.control.ChatRoom;
import nl.shopfloor.invites.control.CompiledRule;
import nl.shopfloor.invites.control.InviteDecision;
import nl.shopfloor.invites.control.ShopRules;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.FrequencyCaps;
import nl.shopfloor.invites.entity.InviteHistory;
import nl.shopfloor.invites.entity.InviteRule;
import nl.shopfloor.invites.entity.InviteVariant;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.PageView;
import nl.shopfloor.invites.entity.PastInvite;
import nl.shopfloor.invites.entity.Presenter;
import nl.shopfloor.invites.entity.ShopEvent;
import nl.shopfloor.invites.entity.Shopper;
import nl.shopfloor.invites.entity.SplitMode;
import nl.shopfloor.invites.entity.StockState;
import nl.shopfloor.invites.entity.Visit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One shopper activity evaluated against a shop's 100 enabled invite rules ({@link ShopRules#decide}, as
 * {@code InviteEngine} calls it, without the cache lookup): twelve kinds of conditions — page types with times,
 * idle, product pages without add-to-cart, URL wildcards with exclusions and regexes, cart value with exit intent,
 * shop events within a window, returning customers by segment, language and device, referrers, opening hours with
 * lifetime value — at priorities 0–99, a third of them capped, some with a control group and an adaptive split.
 * Activities rotate through 1,024 varied ones (pages, times, carts, events, visitors with a short invite history), so
 * most evaluations try many rules before one matches or none does.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class InviteBenchmark {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final ChatRoom OPEN = new ChatRoom(true, Set.of("agent-1"), Set.of(), 1_000);

    ShopRules rules;
    Activity[] activities;
    InviteHistory[] histories;
    Activity[] unmatched;

    @State(Scope.Thread)
    public static class Incoming {
        int next;
        final Allocation allocation = new Allocation(new SplittableRandom(7));

        /** The next of 1,024 in turn. */
        <T> T take(T[] stream) {
            T taken = stream[next];
            next = (next + 1) & (stream.length - 1);
            return taken;
        }
    }

    @Setup(Level.Trial)
    public void prepare() {
        List<CompiledRule> compiled = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            compiled.add(CompiledRule.of(rule(i)));
        }
        rules = new ShopRules(compiled);
        SplittableRandom random = new SplittableRandom(42);
        activities = new Activity[1024];
        histories = new InviteHistory[activities.length];
        for (int i = 0; i < activities.length; i++) {
            activities[i] = activity(i, random);
            histories[i] = history(i, random);
        }
        unmatched = new Activity[activities.length];
        for (int i = 0; i < unmatched.length; i++) {
            unmatched[i] = unmatched(i);
        }
        describeOutcomes();
    }

    /** What the measured stream gets, so the figure can be read: how often rules match, and how far down the first does. */
    void describeOutcomes() {
        Map<InviteDecision.Outcome, Integer> outcomes = new java.util.EnumMap<>(InviteDecision.Outcome.class);
        int ranks = 0;
        int ranked = 0;
        Allocation allocation = new Allocation(new SplittableRandom(1));
        for (int i = 0; i < activities.length; i++) {
            InviteDecision decision = rules.decide(activities[i], histories[i], () -> OPEN, rule -> Map.of(), allocation);
            outcomes.merge(decision.outcome(), 1, Integer::sum);
            if (decision.rule() != null) {
                ranks += rules.rules().indexOf(decision.rule()) + 1;
                ranked++;
            }
        }
        System.out.printf("Outcomes of the %d activities: %s; the deciding rule was tried as number %.1f on average%n", activities.length,
                outcomes, ranked == 0 ? 0.0 : (double) ranks / ranked);
    }

    /** Activity events per second, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public InviteDecision evaluate(Incoming stream) {
        int i = stream.next;
        return rules.decide(stream.take(activities), histories[i], () -> OPEN, rule -> Map.of(), stream.allocation);
    }

    /** The same as the time of one evaluation. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public InviteDecision evaluateTime(Incoming stream) {
        return evaluate(stream);
    }

    /** The worst case: an activity no rule matches, so all 100 are tried. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public InviteDecision evaluateNoneMatching(Incoming stream) {
        return rules.decide(stream.take(unmatched), InviteHistory.NONE, () -> OPEN, rule -> Map.of(), stream.allocation);
    }

    /** Rule {@code i} of the 100, also what ActivityLoadTest puts in the database. */
    public static InviteRule rule(int i) {
        String conditions = switch (i % 12) {
            case 0 -> all(type("pageType", "\"in\":[\"faq\"]"), type("timeOnPage", "\"seconds\":" + (45 + i)));
            case 1 -> all(type("pageType", "\"in\":[\"cart\",\"account\",\"faq\"]"), type("idle", "\"seconds\":" + (60 + i)));
            case 2 -> type("productPageWithoutAddToCart", "\"seconds\":" + (120 + i));
            case 3 -> type("url", "\"matches\":[\"https://shop.example/category/c-" + i + "*\"],\"except\":[\"*preview*\"]");
            case 4 -> all(type("url", "\"matches\":[\"re:/p/\\\\d+-" + i + "$\"]"), type("timeOnPage", "\"seconds\":20"));
            case 5 -> all(type("cartValue", "\"atLeast\":" + (50 + i)), type("exitIntent", ""));
            case 6 -> any(type("event", "\"name\":\"size_guide_" + i + "\",\"times\":3,\"withinSeconds\":60"), type("productViewedAgain", ""));
            case 7 -> all(type("visitor", "\"is\":\"returning\""), type("conversationBefore", "\"withinDays\":30"),
                    type("segment", "\"in\":[\"vip-" + i + "\"]"));
            case 8 -> all(type("language", "\"in\":[\"nl\"]"), type("device", "\"in\":[\"mobile\"]"), type("pagesViewed", "\"atLeast\":" + (3 + i)));
            case 9 -> all(type("referrer", "\"matches\":[\"https://www.google.*\"]"), type("timeOnSite", "\"seconds\":" + (120 + i)));
            case 10 -> all(type("withinOpeningHours", ""), type("lifetimeValue", "\"atLeast\":" + (500 + i)), type("scrollDepth", "\"atLeast\":50"));
            default -> all(type("outOfStockViewed", ""), type("timeOnPage", "\"seconds\":" + (10 + i)));
        };
        FrequencyCaps caps = i % 3 == 0 ? new FrequencyCaps(1, 2, 7, Duration.ofMinutes(5)) : FrequencyCaps.NONE;
        List<InviteVariant> variants = List.of(InviteVariant.text("A", 50, "Can we help?", "Kunnen we helpen?"),
                InviteVariant.question("B", 50, "What are you looking for?", "Waar zoek je naar?", "Your question", "Je vraag"));
        return new InviteRule("rule-" + i, "shop", NOW).describe("rule " + i, true, i).when(conditions, Duration.ofSeconds(3), Duration.ofSeconds(20))
                .presentedBy(Presenter.ROUTED, null).capped(caps)
                .split(i % 4 == 0 ? SplitMode.ADAPTIVE : SplitMode.FIXED, i % 5 == 0 ? 10 : 0, i % 4 == 0 ? 10 : 0, variants);
    }

    private static String type(String type, String fields) {
        return "{\"type\":\"" + type + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static String all(String... conditions) {
        return "{\"type\":\"all\",\"of\":[" + String.join(",", conditions) + "]}";
    }

    private static String any(String... conditions) {
        return "{\"type\":\"any\",\"of\":[" + String.join(",", conditions) + "]}";
    }

    static Activity activity(int i, SplittableRandom random) {
        PageType type = PageType.values()[random.nextInt(PageType.values().length)];
        String url = switch (type) {
            case PRODUCT -> "https://shop.example/p/" + random.nextInt(100_000) + "-" + random.nextInt(120);
            case CATEGORY -> "https://shop.example/category/c-" + random.nextInt(120) + (random.nextInt(10) == 0 ? "?preview=1" : "");
            default -> "https://shop.example/" + type.name().toLowerCase() + "/" + random.nextInt(1000);
        };
        List<ShopEvent> events = new ArrayList<>();
        for (int e = random.nextInt(6); e > 0; e--) {
            events.add(new ShopEvent("size_guide_" + random.nextInt(100), NOW.minusSeconds(random.nextInt(300))));
        }
        PageView page = new PageView(url, type, type == PageType.PRODUCT ? "sku-" + i : null, new BigDecimal("49.95"),
                StockState.values()[random.nextInt(3)], random.nextInt(4) == 0, Duration.ofSeconds(random.nextInt(300)),
                Duration.ofSeconds(random.nextInt(120)), random.nextInt(101), random.nextInt(10) == 0, random.nextInt(5) == 0);
        Visit visit = new Visit("session-" + i, Duration.ofSeconds(random.nextInt(1200)), 1 + random.nextInt(20),
                BigDecimal.valueOf(random.nextInt(300)), random.nextInt(5), random.nextBoolean() ? "https://www.google.nl/search" : null,
                random.nextBoolean() ? "nl" : "en", DeviceType.values()[random.nextInt(3)], events, random.nextInt(4) != 0);
        boolean identified = random.nextInt(3) == 0;
        Shopper shopper = new Shopper("visitor-" + i, random.nextBoolean(), random.nextInt(3), NOW.minus(Duration.ofDays(random.nextInt(60))),
                identified ? "vip-" + random.nextInt(100) : null, identified ? BigDecimal.valueOf(random.nextInt(2000)) : null);
        return new Activity(NOW, page, visit, shopper);
    }

    /** A new visitor's first seconds on a page no rule is about. */
    static Activity unmatched(int i) {
        PageView page = new PageView("https://shop.example/other/" + i, PageType.OTHER, null, null, StockState.UNKNOWN, false,
                Duration.ofSeconds(i % 10), Duration.ofSeconds(i % 5), i % 40, false, false);
        Visit visit = new Visit("session-" + i, Duration.ofSeconds(i % 60), 1, BigDecimal.ZERO, 0, null, "en", DeviceType.DESKTOP, List.of(), false);
        return new Activity(NOW, page, visit, new Shopper("visitor-" + i, false, 0, null, null, null));
    }

    static InviteHistory history(int i, SplittableRandom random) {
        List<PastInvite> shown = new ArrayList<>();
        for (int p = random.nextInt(3); p > 0; p--) {
            Instant at = NOW.minusSeconds(random.nextInt(7 * 86_400));
            shown.add(new PastInvite("rule-" + random.nextInt(100), "A", random.nextBoolean() ? "session-" + i : "earlier", at,
                    random.nextBoolean() ? at.plusSeconds(10) : null));
        }
        return new InviteHistory(shown);
    }
}
