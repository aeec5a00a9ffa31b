package nl.shopfloor.knowledge.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import nl.shopfloor.knowledge.entity.Article;

/**
 * The articles of one shop in one language, indexed in memory with that language's analyzer (stop words, stemming);
 * built whole and never changed, so searches need no locks and a change simply builds a new shelf (K3). A word
 * matches the same stem, a longer word starting with it ("retour" finds "retourneren") and a shorter stem it starts
 * with ("retourneren" finds "retour"); a match in the title counts more than one in the body.
 */
final class Shelf {

    static final int MAX_RESULTS = 3;
    static final int MAX_TERMS = 16;
    /** A stem shorter than this only matches itself: "bon" must not find "bonus". */
    static final int MIN_PREFIX = 5;
    private static final float TITLE_BOOST = 2f;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;

    private Shelf(Analyzer analyzer, IndexSearcher searcher) {
        this.analyzer = analyzer;
        this.searcher = searcher;
    }

    static Shelf of(String language, List<Article> articles) {
        Analyzer analyzer = "nl".equals(language) ? new DutchAnalyzer() : new EnglishAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Article article : articles) {
                Document document = new Document();
                document.add(new StoredField("id", article.id()));
                document.add(new StoredField("title", article.title()));
                if (article.url() != null) {
                    document.add(new StoredField("url", article.url()));
                }
                document.add(new TextField("t", article.title(), Field.Store.NO));
                document.add(new TextField("b", article.body(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new Shelf(analyzer, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing in memory failed", e);
        }
    }

    /** At most three articles, the best first; none for text without a searchable word. */
    List<Suggestion> search(String text) {
        Set<String> stems = stems(text);
        if (stems.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String stem : stems) {
            query.add(new BoostQuery(matching("t", stem), TITLE_BOOST), BooleanClause.Occur.SHOULD);
            query.add(matching("b", stem), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Suggestion> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), MAX_RESULTS).scoreDocs) {
                Document document = searcher.storedFields().document(hit.doc);
                found.add(new Suggestion(document.get("id"), document.get("title"), document.get("url")));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching in memory failed", e);
        }
    }

    /** One word: its stem (weighed most), longer words that start with it, and the shorter stems it starts with. */
    private static Query matching(String field, String stem) {
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        word.add(new BoostQuery(new TermQuery(new Term(field, stem)), 3f), BooleanClause.Occur.SHOULD);
        if (stem.length() >= MIN_PREFIX) {
            word.add(new PrefixQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD);
            for (int end = stem.length() - 1; end >= MIN_PREFIX; end--) {
                word.add(new TermQuery(new Term(field, stem.substring(0, end))), BooleanClause.Occur.SHOULD);
            }
        }
        return word.build();
    }

    private Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && stems.size() < MAX_TERMS) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
