package nl.shopfloor.knowledge.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.shopfloor.knowledge.entity.Article;
import nl.shopfloor.knowledge.entity.ArticleDraft;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge suggestions (K3) for a shop with 1,000 articles in one language: {@code suggest} is one shopper's
 * question against the shop's shelf (as {@code KnowledgeIndex.suggest} does once the shelf is built), sampled so
 * JMH reports p50/p99; {@code build} is indexing the 1,000 articles anew, as after every change of the shop's
 * articles. In the same package as {@link Shelf} (package-private), so nothing is opened up for the benchmark.
 * Articles and questions are drawn from one vocabulary of the shop's domain words plus filler, so questions hit
 * many articles (the work of ranking), 256 questions in turn.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KnowledgeBenchmark {

    static final int ARTICLES = 1_000;
    private static final String[] NL = ("retourneren retour bestelling bezorging levertijd verzending garantie reparatie factuur "
            + "btw zakelijk betalen ideal creditcard achteraf laptop telefoon monitor printer lader kabel accu scherm toetsenbord "
            + "muis account wachtwoord adres wijzigen annuleren terugbetaling pakket ophalen afhaalpunt defect kapot vervangen "
            + "software installatie licentie abonnement korting actie cadeaubon voorraad levering dagen werkdagen gratis kosten").split(" ");
    private static final String[] EN = ("return returns order delivery shipping warranty repair invoice vat business paying "
            + "card later laptop phone monitor printer charger cable battery screen keyboard mouse account password address change "
            + "cancel refund parcel collect pickup broken faulty replace software installation licence subscription discount offer "
            + "voucher stock days working free costs").split(" ");
    private static final String[] FILLER_NL = "de het een je kunt wij binnen na voor met op in van is dat als ook".split(" ");
    private static final String[] FILLER_EN = "the a you can we within after before with on in of is that if also".split(" ");

    @Param({"nl", "en"})
    String language;

    private Shelf shelf;
    private List<Article> articles;
    private String[] questions;
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        String[] words = "nl".equals(language) ? NL : EN;
        String[] filler = "nl".equals(language) ? FILLER_NL : FILLER_EN;
        articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(new Article("a" + i, "shop", new ArticleDraft(language, text(random, words, filler, 3 + random.nextInt(5)),
                    text(random, words, filler, 40 + random.nextInt(60)), null, null), null, Instant.EPOCH));
        }
        questions = new String[256];
        for (int i = 0; i < questions.length; i++) {
            questions[i] = text(random, words, filler, 5 + random.nextInt(10)) + "?";
        }
        shelf = Shelf.of(language, articles);
    }

    private static String text(SplittableRandom random, String[] words, String[] filler, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : " ").append(random.nextInt(3) == 0 ? filler[random.nextInt(filler.length)] : words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Suggestion> suggest() {
        return shelf.search(questions[next++ & 255]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Shelf build() {
        return Shelf.of(language, articles);
    }
}
