package nl.shopfloor.answers.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an answer's text may name in braces, in English and Dutch (A5): {@code {shopper}} or {@code {klant}}, and so on. */
public enum Placeholder {
    SHOPPER("shopper", "klant"),
    AGENT("agent", "medewerker"),
    ORDER("order", "bestelling"),
    PRODUCT("product", "artikel");

    private final List<String> names;

    Placeholder(String... names) {
        this.names = List.of(names);
    }

    public List<String> names() {
        return names;
    }

    /** The placeholder written {@code {name}}; names are lower case, as documented on the answers page. */
    static Optional<Placeholder> named(String name) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.names.contains(name)).findFirst();
    }
}
