package nl.shopfloor.loadtest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest frames of a JFR recording's {@code jdk.ExecutionSample} events (Java 17 has no {@code jfr view}): by
 * method, self (top frame) and total (anywhere in the stack, once per sample), by component (a sample counts for every
 * component in its stack), by thread pool; and the CPU of every thread group from {@code jdk.ThreadCPULoad}, which also
 * covers the JIT compilers and GC (execution samples only see Java code). The same as aggregating
 * {@code jfr print --json --events jdk.ExecutionSample}, without the gigabytes of JSON.
 *
 * <pre>java -cp load-tests/target/benchmarks.jar nl.shopfloor.loadtest.JfrHotFrames recording.jfr [top] [--between=from,to]</pre>
 * {@code --between} takes two ISO instants (as the burst driver prints its window) and counts only the events in it.
 */
public final class JfrHotFrames {

    /** Components by class-name prefix, in the order of the report. */
    private static final Map<String, String[]> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("shopfloor (all application code)", new String[]{"nl.shopfloor."});
        COMPONENTS.put("JPA: EclipseLink", new String[]{"org.eclipse.persistence."});
        COMPONENTS.put("database: H2 engine and JDBC", new String[]{"org.h2."});
        COMPONENTS.put("JDBC pool and connection wrappers", new String[]{"com.sun.gjc.", "com.sun.enterprise.resource.", "org.glassfish.resourcebase."});
        COMPONENTS.put("JTA transactions", new String[]{"com.sun.enterprise.transaction.", "com.sun.jts.", "com.sun.enterprise.jta."});
        COMPONENTS.put("EJB container (interceptors, pools)", new String[]{"com.sun.ejb.", "org.glassfish.ejb."});
        COMPONENTS.put("CDI: Weld", new String[]{"org.jboss.weld."});
        COMPONENTS.put("CDI events: Weld observer notification", new String[]{"org.jboss.weld.event.", "org.jboss.weld.bean.builtin.FacadeInjectionPoint",
                "org.jboss.weld.util.Observers", "org.jboss.weld.manager.BeanManagerImpl.fireEvent", "org.jboss.weld.event.ObserverNotifier"});
        COMPONENTS.put("JSON-P: Parsson", new String[]{"org.eclipse.parsson.", "org.glassfish.json."});
        COMPONENTS.put("WebSocket: Tyrus", new String[]{"org.glassfish.tyrus."});
        COMPONENTS.put("HTTP/NIO: Grizzly", new String[]{"org.glassfish.grizzly."});
        COMPONENTS.put("managed executors (concurrency)", new String[]{"org.glassfish.enterprise.concurrent.", "org.glassfish.concurrent."});
        COMPONENTS.put("JMS: Artemis client and adapter", new String[]{"org.apache.activemq."});
        COMPONENTS.put("logging", new String[]{"java.util.logging.", "com.sun.enterprise.server.logging.", "fish.payara.logging.",
                "fish.payara.enterprise.server.logging."});
        COMPONENTS.put("security (Soteria, realms)", new String[]{"org.glassfish.soteria.", "com.sun.enterprise.security."});
        COMPONENTS.put("class loading / resource lookup", new String[]{"java.lang.ClassLoader.", "java.util.zip.", "java.util.jar.",
                "org.glassfish.web.loader.", "java.util.ServiceLoader"});
        COMPONENTS.put("reflection", new String[]{"java.lang.reflect.", "jdk.internal.reflect."});
    }

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> total = new HashMap<>();
    private final Map<String, Long> components = new HashMap<>();
    private final Map<String, Long> shopfloorTotal = new HashMap<>();
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Double> threadCpu = new HashMap<>();
    private final Map<String, Integer> cpuEventsPerThread = new HashMap<>();
    private long samples;

    private JfrHotFrames() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrHotFrames recording.jfr [top] [--between=from,to]");
            System.exit(2);
        }
        int top = 15;
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--between=")) {
                String[] window = args[i].substring("--between=".length()).split(",");
                from = Instant.parse(window[0]);
                to = Instant.parse(window[1]);
            } else {
                top = Integer.parseInt(args[i]);
            }
        }
        System.out.print(report(Path.of(args[0]), top, from, to));
    }

    static String report(Path recording, int top) throws IOException {
        return report(recording, top, Instant.MIN, Instant.MAX);
    }

    static String report(Path recording, int top, Instant from, Instant to) throws IOException {
        JfrHotFrames hot = new JfrHotFrames();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> hot.sample(event);
                    case "jdk.ThreadCPULoad" -> hot.cpuLoad(event);
                    default -> {
                        // other events: not aggregated here
                    }
                }
            }
        }
        return hot.render(top);
    }

    private void sample(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return;
        }
        samples++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
            self.merge(method(frames.get(0)), 1L, Long::sum);
        }
        Set<String> methods = new HashSet<>();
        Set<String> inComponents = new HashSet<>();
        Set<String> shopfloor = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = method(frame);
            methods.add(method);
            if (method.startsWith("nl.shopfloor.")) {
                shopfloor.add(method);
            }
            COMPONENTS.forEach((component, prefixes) -> {
                for (String prefix : prefixes) {
                    if (method.startsWith(prefix)) {
                        inComponents.add(component);
                    }
                }
            });
        }
        methods.forEach(method -> total.merge(method, 1L, Long::sum));
        inComponents.forEach(component -> components.merge(component, 1L, Long::sum));
        shopfloor.forEach(method -> shopfloorTotal.merge(method, 1L, Long::sum));
        RecordedThread thread = event.getThread("sampledThread");
        threads.merge(threadGroup(thread == null ? "?" : thread.getJavaName()), 1L, Long::sum);
    }

    private void cpuLoad(RecordedEvent event) {
        RecordedThread thread = event.getThread("eventThread");
        String name = thread == null ? "?" : thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        cpuEventsPerThread.merge(name + "#" + (thread == null ? 0 : thread.getOSThreadId()), 1, Integer::sum);
        threadCpu.merge(threadGroup(name), (double) event.getFloat("user") + event.getFloat("system"), Double::sum);
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** "http-thread-pool::http-listener(12)" and "C2 CompilerThread1" alike lose their numbers. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("\\d+", "#");
    }

    private String render(int top) {
        StringBuilder r = new StringBuilder();
        r.append(String.format("jdk.ExecutionSample: %d samples (Java code only; %% of these)%n", samples));
        section(r, "top " + top + " methods, self (top frame)", self, top);
        section(r, "top " + top + " methods, total (anywhere in the stack)", total, top);
        section(r, "top " + top + " shopfloor methods, total", shopfloorTotal, top);
        section(r, "components, total (a sample counts for every component in its stack)", components, COMPONENTS.size());
        section(r, "samples by thread group", threads, 10);
        if (!threadCpu.isEmpty()) {
            int periods = cpuEventsPerThread.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            int cores = Machine.cores();
            r.append(String.format("CPU by thread group (jdk.ThreadCPULoad, mean over %d periods, in cores of %d):%n", periods, cores));
            threadCpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                    .forEach(e -> r.append(String.format("  %6.3f  %s%n", e.getValue() * cores / periods, e.getKey())));
        }
        return r.toString();
    }

    private void section(StringBuilder r, String title, Map<String, Long> counts, int top) {
        r.append(title).append(":\n");
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        sorted.stream().limit(top).forEach(e -> r.append(String.format("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                e.getValue(), e.getKey())));
    }
}
