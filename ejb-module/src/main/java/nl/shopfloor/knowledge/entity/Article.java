package nl.shopfloor.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One short FAQ article of a shop in one language (knowledge K1). */
@Entity
@Table(name = "knowledge_article")
@NamedQuery(name = Article.findByShop, query = "select a from Article a where a.shopId = :shop order by a.language, a.title")
@NamedQuery(name = Article.findByKey, query = "select a from Article a where a.shopId = :shop and a.importKey = :key")
public class Article {

    public static final String findByShop = "Article.findByShop";
    public static final String findByKey = "Article.findByKey";

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "shop_id", nullable = false, length = 40)
    private String shopId;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = ArticleDraft.MAX_TITLE)
    private String title;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(length = ArticleDraft.MAX_URL)
    private String url;

    /** SHA-256 of the import's key (its ref, else its URL): the same row imported again updates this article. */
    @Column(name = "import_key", length = 64)
    private String importKey;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Article() {
    }

    public Article(String id, String shopId, ArticleDraft draft, String importKey, Instant now) {
        this.id = id;
        this.shopId = shopId;
        this.importKey = importKey;
        change(draft, now);
    }

    public void change(ArticleDraft draft, Instant now) {
        language = draft.language();
        title = draft.title();
        body = draft.body();
        url = draft.url();
        updatedAt = now;
    }

    public ArticleDraft draft() {
        return new ArticleDraft(language, title, body, url, null);
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String url() {
        return url;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
