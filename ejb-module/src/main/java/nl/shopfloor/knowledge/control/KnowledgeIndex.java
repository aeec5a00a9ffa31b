package nl.shopfloor.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.shopfloor.grid.DataGrid;
import nl.shopfloor.knowledge.entity.Article;

/**
 * Every shop's articles, one {@link Shelf} per language, in this instance's memory (K3): built from the database for
 * a shop when it is first asked for (or at start, {@link KnowledgeWarmup}) and again after each change of its
 * articles, here once the change commits and on the other instances when the grid tells them.
 */
@ApplicationScoped
public class KnowledgeIndex {

    /** Longer questions are cut here: enough words to find an article, bounded work per keystroke. */
    public static final int MAX_QUERY = 300;

    private static final Logger LOG = Logger.getLogger(KnowledgeIndex.class.getName());

    private final Map<String, Map<String, Shelf>> byShop = new ConcurrentHashMap<>();

    @Inject
    Articles articles;
    @Inject
    DataGrid grid;

    /** Up to three of the shop's articles in this language for what was typed, the best first. */
    public List<Suggestion> suggest(String shopId, String language, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Shelf shelf = byShop.computeIfAbsent(shopId, this::build).get(language);
        return shelf == null ? List.of() : shelf.search(text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text);
    }

    public void warm(String shopId) {
        byShop.put(shopId, build(shopId));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged event) {
        warm(event.shopId());
        grid.tellOthers(new KnowledgeChanged(event.shopId()));
    }

    void changedElsewhere(@Observes KnowledgeChanged notice) {
        warm(notice.shopId());
    }

    private Map<String, Shelf> build(String shopId) {
        long started = System.nanoTime();
        List<Article> all = articles.ofShop(shopId);
        Map<String, Shelf> shelves = all.stream().collect(Collectors.groupingBy(Article::language)).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Shelf.of(e.getKey(), e.getValue())));
        if (!all.isEmpty()) {
            LOG.fine(() -> "Indexed " + all.size() + " articles of shop " + shopId + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return shelves;
    }
}
