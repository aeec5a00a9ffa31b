package nl.shopfloor.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes the cluster's members sent each other, as the kernel counts them: {@code bytes_sent} of every TCP socket
 * with one of the members' Hazelcast ports at either end ({@code ss -tinH}, Linux). On loopback both ends of a
 * connection are ours, so the sum over all of them is the traffic in both directions, each byte once. Only these
 * sockets count: the process's own I/O counters would include the database, the broker and the HTTP clients.
 */
final class GridTraffic {

    private static final Pattern ADDRESS = Pattern.compile("^\\S+:(\\d+)$");
    private static final Pattern BYTES_SENT = Pattern.compile("\\bbytes_sent:(\\d+)");

    /** Bytes sent so far per connection (local and peer address), connections of the grid only. */
    record Sample(Map<String, Long> sentByConnection) {

        /**
         * What was sent between this sample and a later one; a connection opened in between counts from 0. One closed in
         * between is missing from {@code later} and its last bytes with it, so {@link #connectionsGone} says how many.
         */
        long sentUntil(Sample later) {
            return later.sentByConnection.entrySet().stream()
                    .mapToLong(entry -> entry.getValue() - sentByConnection.getOrDefault(entry.getKey(), 0L)).sum();
        }

        long connectionsGone(Sample later) {
            return sentByConnection.keySet().stream().filter(key -> !later.sentByConnection.containsKey(key)).count();
        }

        int connections() {
            return sentByConnection.size();
        }
    }

    private final Set<Integer> ports;

    GridTraffic(Set<Integer> ports) {
        this.ports = Set.copyOf(ports);
    }

    Sample sample() throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-tinH").redirectErrorStream(true).start();
        ss.getOutputStream().close();
        String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ss.waitFor(10, TimeUnit.SECONDS) || ss.exitValue() != 0) {
            ss.destroyForcibly();
            throw new IOException("ss -tinH failed: " + output);
        }
        Map<String, Long> sent = new HashMap<>();
        String connection = null;
        for (String line : output.split("\n")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                connection = gridConnection(line.trim().split("\\s+"));
            } else if (connection != null) {
                Matcher bytes = BYTES_SENT.matcher(line);
                sent.merge(connection, bytes.find() ? Long.parseLong(bytes.group(1)) : 0L, Long::sum);
                connection = null;
            }
        }
        return new Sample(Map.copyOf(sent));
    }

    /** "local peer" when one end is a grid port, else null; the two addresses are the last two fields. */
    private String gridConnection(String[] fields) {
        if (fields.length < 2) {
            return null;
        }
        String local = fields[fields.length - 2];
        String peer = fields[fields.length - 1];
        return isGridPort(local) || isGridPort(peer) ? local + " " + peer : null;
    }

    private boolean isGridPort(String address) {
        Matcher port = ADDRESS.matcher(address);
        return port.find() && ports.contains(Integer.parseInt(port.group(1)));
    }
}
