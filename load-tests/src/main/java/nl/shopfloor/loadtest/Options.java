package nl.shopfloor.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A driver's {@code --name=value} arguments ({@code --name} alone means {@code --name=true}), else the system property
 * {@code loadtest.name}, else the default.
 * {@code --help} (or an unknown name) throws {@link IllegalArgumentException}; the caller prints its usage.
 * Paths are relative to the working directory, which is expected to be the repository root.
 */
final class Options {

    private final Map<String, String> given;

    private Options(Map<String, String> given) {
        this.given = given;
    }

    static Options parse(String[] args, Set<String> names) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(Math.min(2, arg.length())) : arg.substring(2, eq);
            if (!arg.startsWith("--") || !names.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            given.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return new Options(given);
    }

    String value(String name, String fallback) {
        String value = given.get(name);
        if (value == null) {
            value = System.getProperty("loadtest." + name);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(value(name, "false"));
    }

    int positive(String name, String fallback) {
        int number = Integer.parseInt(value(name, fallback));
        if (number < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return number;
    }

    double notNegative(String name, String fallback) {
        double number = Double.parseDouble(value(name, fallback));
        if (number < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return number;
    }

    Duration seconds(String name, String fallback) {
        return Duration.ofMillis(Math.round(notNegative(name, fallback) * 1000));
    }

    Path path(String name, String fallback) {
        return Path.of(value(name, fallback)).toAbsolutePath().normalize();
    }
}
