package nl.shopfloor.knowledge.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.shopfloor.Ids;
import nl.shopfloor.knowledge.entity.Article;
import nl.shopfloor.knowledge.entity.ArticleDraft;

/** A shop's FAQ articles: made and changed on the dashboard or imported, each change re-indexed once it commits. */
@Stateless
public class Articles {

    public static final int MAX_PER_SHOP = 5_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Event<ArticlesChanged> changed;
    @Inject
    Clock clock;

    public List<Article> ofShop(String shopId) {
        return em.createNamedQuery(Article.findByShop, Article.class).setParameter("shop", shopId).getResultList();
    }

    public List<String> shopsWithArticles() {
        return em.createQuery("select distinct a.shopId from Article a", String.class).getResultList();
    }

    /** The shop's article, or empty for an unknown id or another shop's article alike. */
    public Optional<Article> find(String shopId, String id) {
        return Optional.ofNullable(id == null ? null : em.find(Article.class, id)).filter(article -> article.shopId().equals(shopId));
    }

    /** Any shop's article: the page of an article without a URL is public (K1). */
    public Optional<Article> byId(String id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Article create(String shopId, ArticleDraft draft) {
        refuseIfBad(draft);
        if (count(shopId) >= MAX_PER_SHOP) {
            throw new ArticleRefused("A shop can have at most " + MAX_PER_SHOP + " articles");
        }
        Article article = new Article(Ids.random(), shopId, draft, null, clock.instant());
        em.persist(article);
        changed.fire(new ArticlesChanged(shopId));
        return article;
    }

    public Article update(String shopId, String id, ArticleDraft draft) {
        refuseIfBad(draft);
        Article article = find(shopId, id).orElseThrow(() -> new ArticleRefused("There is no such article"));
        article.change(draft, clock.instant());
        changed.fire(new ArticlesChanged(shopId));
        return article;
    }

    public void delete(String shopId, String id) {
        em.remove(find(shopId, id).orElseThrow(() -> new ArticleRefused("There is no such article")));
        changed.fire(new ArticlesChanged(shopId));
    }

    /**
     * The valid rows are stored, the others reported (K2); a row whose ref (else URL) was imported before updates
     * that article, so the same file imported twice changes nothing the second time.
     */
    public ImportReport importRows(String shopId, List<ArticleRows.Row> rows) {
        Map<Integer, String> refused = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        long room = MAX_PER_SHOP - count(shopId);
        for (ArticleRows.Row row : rows) {
            if (row.problem() != null) {
                refused.put(row.number(), row.problem());
                continue;
            }
            String key = sha256(row.draft().importKey());
            Optional<Article> known = em.createNamedQuery(Article.findByKey, Article.class).setParameter("shop", shopId)
                    .setParameter("key", key).getResultStream().findFirst();
            if (known.isPresent()) {
                known.get().change(row.draft(), clock.instant());
                updated++;
            } else if (room-- <= 0) {
                refused.put(row.number(), "the shop has " + MAX_PER_SHOP + " articles already");
            } else {
                em.persist(new Article(Ids.random(), shopId, row.draft(), key, clock.instant()));
                em.flush(); // a later row with the same key finds this one
                created++;
            }
        }
        if (created + updated > 0) {
            changed.fire(new ArticlesChanged(shopId));
        }
        return new ImportReport(created, updated, refused);
    }

    private long count(String shopId) {
        return em.createQuery("select count(a) from Article a where a.shopId = :shop", Long.class).setParameter("shop", shopId)
                .getSingleResult();
    }

    private static void refuseIfBad(ArticleDraft draft) {
        draft.problem().ifPresent(problem -> {
            throw new ArticleRefused(problem);
        });
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
