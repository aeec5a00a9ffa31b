package nl.shopfloor.answers.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import nl.shopfloor.answers.entity.CannedAnswer;

/**
 * Which answers fit the shopper's question (A9): the words of the question and of each answer in the chat's language
 * reduced to their stems by that language's analyzer (stop words gone), a stem in the title counting twice one in
 * the text. Stems match as the articles' do (knowledge K3): the same stem, or from 5 letters one starting with the
 * other. Placeholders are not words of the answer.
 */
final class QuestionMatch {

    static final int MAX = 3;
    static final int MAX_QUESTION = 300;
    static final int MIN_PREFIX = 5;
    private static final int TITLE_WEIGHT = 2;
    private static final Map<String, Analyzer> ANALYZERS = Map.of("nl", new DutchAnalyzer(), "en", new EnglishAnalyzer());

    private record Scored(CannedAnswer answer, int score) {
    }

    private QuestionMatch() {
    }

    static List<CannedAnswer> of(List<CannedAnswer> visible, String question, String language) {
        Analyzer analyzer = ANALYZERS.get(language);
        if (analyzer == null || question == null || question.isBlank()) {
            return List.of();
        }
        Set<String> asked = stems(analyzer, question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question);
        if (asked.isEmpty()) {
            return List.of();
        }
        return visible.stream().filter(answer -> answer.language().equals(language))
                .map(answer -> new Scored(answer, score(asked, stems(analyzer, answer.title()), stems(analyzer, withoutPlaceholders(answer.text())))))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(Comparator.comparingInt((Scored s) -> s.answer().uses()).reversed())
                        .thenComparing(s -> s.answer().shortcut()))
                .limit(MAX).map(Scored::answer).toList();
    }

    private static int score(Set<String> asked, Set<String> title, Set<String> text) {
        int score = 0;
        for (String stem : asked) {
            score += matches(stem, title) ? TITLE_WEIGHT : matches(stem, text) ? 1 : 0;
        }
        return score;
    }

    private static boolean matches(String stem, Set<String> words) {
        if (words.contains(stem)) {
            return true;
        }
        return stem.length() >= MIN_PREFIX && words.stream().anyMatch(word -> word.length() >= MIN_PREFIX
                && (word.startsWith(stem) || stem.startsWith(word)));
    }

    private static String withoutPlaceholders(String text) {
        return text.replaceAll("\\{[\\p{Ll}]+}", " ");
    }

    private static Set<String> stems(Analyzer analyzer, String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
