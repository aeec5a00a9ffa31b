package nl.shopfloor.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the server logged since a mark: records (the ODL format starts each with "[timestamp]" and may spread
 * it over a few lines) and lines of stack traces. For tests that bad input costs at most one log record.
 */
final class ServerLog {

    private static final Pattern RECORD = Pattern.compile("^\\[\\d{4}-\\d\\d-\\d\\dT");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(|^Caused by: |^\\s+\\.\\.\\. \\d+ more");

    private final ShopfloorServer server;
    private final int from;

    private ServerLog(ShopfloorServer server) {
        this.server = server;
        this.from = lines().size();
    }

    static ServerLog mark(ShopfloorServer server) {
        return new ServerLog(server);
    }

    /** The lines written since the mark. */
    List<String> since() {
        List<String> all = lines();
        return all.subList(Math.min(from, all.size()), all.size());
    }

    long recordsSince() {
        return since().stream().filter(line -> RECORD.matcher(line).find()).count();
    }

    long stackTraceLinesSince() {
        return since().stream().filter(line -> STACK_FRAME.matcher(line).find()).count();
    }

    private List<String> lines() {
        try {
            return new String(Files.readAllBytes(server.log()), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
