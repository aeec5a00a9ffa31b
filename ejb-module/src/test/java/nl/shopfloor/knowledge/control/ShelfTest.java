package nl.shopfloor.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.shopfloor.knowledge.entity.Article;
import nl.shopfloor.knowledge.entity.ArticleDraft;
import org.junit.jupiter.api.Test;

class ShelfTest {

    static Article article(String id, String shop, String language, String title, String body) {
        return new Article(id, shop, new ArticleDraft(language, title, body, null, null), null, Instant.EPOCH);
    }

    private static final Shelf DUTCH = Shelf.of("nl", List.of(
            article("returns", "demo", "nl", "Retour aanmelden", "Binnen 30 dagen stuur je het pakket terug."),
            article("delivery", "demo", "nl", "Levertijd", "Voor 22:00 besteld, morgen bezorgd."),
            article("warranty", "demo", "nl", "Garantie", "Twee jaar garantie op laptops en telefoons.")));

    private static final Shelf ENGLISH = Shelf.of("en", List.of(
            article("returns", "demo", "en", "How to return an order", "Send the parcel back within 30 days."),
            article("delivery", "demo", "en", "Delivery time", "Ordered before 22:00, delivered tomorrow."),
            article("invoice", "demo", "en", "Invoices", "Download your invoice; a return is credited on it.")));

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::id).toList();
    }

    @Test
    void dutchWordsMeetTheirStem() {
        assertThat(ids(DUTCH.search("Hoe kan ik mijn bestelling retourneren?"))).as("K3 retourneren finds retour").startsWith("returns");
        assertThat(ids(DUTCH.search("retour"))).as("K3 retour").containsExactly("returns");
        assertThat(ids(DUTCH.search("wat is de levertijd van bestellingen"))).as("K3 bestellingen finds besteld").startsWith("delivery");
    }

    @Test
    void englishWordsMeetTheirStem() {
        assertThat(ids(ENGLISH.search("returns"))).as("K3 returns finds return").startsWith("returns");
        assertThat(ids(ENGLISH.search("when is my order delivered"))).as("K3 delivered finds delivery").contains("delivery");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        assertThat(ids(ENGLISH.search("return"))).as("K3 title before body").containsExactly("returns", "invoice");
    }

    @Test
    void atMostThreeAndNothingForStopWords() {
        Shelf many = Shelf.of("en", java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> article("a" + i, "demo", "en", "Warranty " + i, "warranty")).toList());
        assertThat(many.search("warranty")).as("K3 at most 3").hasSize(3);
        assertThat(ENGLISH.search("the and of")).as("K3 stop words only").isEmpty();
        assertThat(DUTCH.search("?!")).as("K3 no word").isEmpty();
    }

    @Test
    void eachShopSearchesOnlyItsOwnArticles() {
        KnowledgeIndex index = new KnowledgeIndex();
        index.articles = new Articles() {
            @Override
            public List<Article> ofShop(String shopId) {
                return Map.of("a", List.of(article("a1", "a", "en", "Warranty", "Two years")),
                        "b", List.of(article("b1", "b", "en", "Warranty", "Three years"),
                                article("b2", "b", "nl", "Garantie", "Drie jaar"))).getOrDefault(shopId, List.of());
            }
        };
        assertThat(ids(index.suggest("a", "en", "warranty"))).as("K3 per shop").containsExactly("a1");
        assertThat(ids(index.suggest("b", "en", "warranty"))).as("K3 per shop").containsExactly("b1");
        assertThat(ids(index.suggest("b", "nl", "garantie"))).as("K3 per language").containsExactly("b2");
        assertThat(index.suggest("a", "nl", "garantie")).as("K3 no Dutch articles").isEmpty();
        assertThat(index.suggest("c", "en", "warranty")).as("K3 unknown shop").isEmpty();
    }
}
