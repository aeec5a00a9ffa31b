package nl.shopfloor.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {

    @Test
    void csvRowsAreCheckedOneByOne() {
        List<ArticleRows.Row> rows = ArticleRows.csv("""
                title;language;body;url;ref
                Retourneren;nl;"Binnen 30 dagen; gratis ""retour""\";https://shop.example/retour;
                Returns;de;Within 30 days;;r-2
                No key;en;Body;;
                ;en;Body;;r-4
                Bad url;en;Body;javascript:alert(1);
                """);
        assertThat(rows).extracting(ArticleRows.Row::number).as("K2 numbered from 1").containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(0).problem()).as("K2 quoted field").isNull();
        assertThat(rows.get(0).draft().body()).as("K2 quotes").isEqualTo("Binnen 30 dagen; gratis \"retour\"");
        assertThat(rows.get(1).problem()).as("K2 language").contains("nl or en");
        assertThat(rows.get(2).problem()).as("K2 idempotency key").contains("'ref' or a 'url'");
        assertThat(rows.get(3).problem()).as("K2 title").contains("'title'");
        assertThat(rows.get(4).problem()).as("K2 url").contains("'url'");
    }

    @Test
    void jsonRowsAreCheckedOneByOne() {
        List<ArticleRows.Row> rows = ArticleRows.json("""
                {"articles": [{"language": "en", "title": "Returns", "body": "30 days", "ref": "r-1"},
                              {"language": "en", "title": 5, "body": "x", "ref": "r-2"}, "text",
                              {"language": "en", "title": "Control\\u0007", "body": "x", "ref": "r-3"}]}
                """);
        assertThat(rows.get(0).draft().importKey()).as("K2 key by ref").isEqualTo("ref:r-1");
        assertThat(rows.get(1).problem()).as("K2 type").isEqualTo("'title' must be a string");
        assertThat(rows.get(2).problem()).as("K2 object").contains("object");
        assertThat(rows.get(3).problem()).as("K2 control characters").contains("'title'");
    }

    @Test
    void unreadableFilesAreRefusedWhole() {
        assertThatThrownBy(() -> ArticleRows.json("[{")).as("K2 JSON").isInstanceOf(ArticleRefused.class);
        assertThatThrownBy(() -> ArticleRows.json("{\"x\": 1}")).as("K2 JSON shape").hasMessageContaining("list of articles");
        assertThatThrownBy(() -> ArticleRows.csv("name,text\na,b")).as("K2 CSV header").hasMessageContaining("language,title,body");
        assertThatThrownBy(() -> ArticleRows.csv("language,title,body\nen,\"open")).as("K2 CSV quote").hasMessageContaining("not closed");
        assertThatThrownBy(() -> ArticleRows.csv("language,title,body\n" + "en,t,b\n".repeat(ArticleRows.MAX_ROWS + 1)))
                .as("K2 bounded").hasMessageContaining("At most");
    }
}
