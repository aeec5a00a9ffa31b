package nl.shopfloor.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looks into the server's JVM from outside: jcmd (GC, heap, JFR), /proc (threads, CPU, open files). Linux and a JDK. */
final class ServerProbe {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** Heap in use right after a full collection (jcmd GC.run, then GC.heap_info), in KiB; -1 if unreadable. */
    long heapAfterGcKiB() {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    int threads() {
        return (int) procStatus("Threads:");
    }

    /** utime + stime of the process from /proc/&lt;pid&gt;/stat, in milliseconds. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15, in clock ticks (100 per s on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    int openFiles() {
        String[] fds = Path.of("/proc", Long.toString(pid), "fd").toFile().list();
        return fds == null ? -1 : fds.length;
    }

    void startRecording(Path file) {
        System.out.println("[load] " + jcmd("JFR.start", "name=relay", "settings=default", "method-profiling=high", "filename=" + file).trim().replace('\n', ' '));
    }

    void stopRecording() {
        System.out.println("[load] " + jcmd("JFR.stop", "name=relay").trim().replace('\n', ' '));
    }

    private long procStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** "Max open files" soft limit of a process (this driver: "self"), from /proc/&lt;pid&gt;/limits; -1 if unknown. */
    static long openFilesLimit(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private String jcmd(String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "jcmd failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "jcmd interrupted";
        }
    }
}
