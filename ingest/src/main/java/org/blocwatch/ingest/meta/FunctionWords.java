package org.blocwatch.ingest.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a language by its function words when they leave no doubt: articles, conjunctions and
 * prepositions that every text of a language is full of and no other candidate language has
 * ({@code function-words/<lang>.txt}, one word per line). A text whose opening words are many of
 * one language's and few of any other's is of that language; otherwise this says nothing, and the
 * n-gram model decides. Counting words is a hash look-up per word; the model's n-gram look-ups
 * were a tenth of extraction time.
 */
final class FunctionWords {
    /** Words of the opening counted: a lead paragraph's worth. */
    private static final int WORDS = 80;
    /** Hits the leading language needs, and how many times the runner-up's. */
    private static final int MIN_HITS = 6;
    private static final int MARGIN = 4;

    /** Each function word and the language it belongs to. */
    private final Map<String, String> languageOf = new HashMap<>();

    FunctionWords(List<String> languages) {
        for (String lang : languages) for (String word : read(lang)) languageOf.put(word, lang);
    }

    /** The text's language if its opening words say so beyond doubt, else null. */
    String decide(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0, i = 0;
        while (i < text.length() && words < WORDS) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
            if (i == start) break;
            words++;
            String lang = languageOf.get(text.substring(start, i).toLowerCase(Locale.ROOT));
            if (lang != null) hits.merge(lang, 1, Integer::sum);
        }
        String best = null;
        int first = 0, second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) { second = first; first = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return first >= MIN_HITS && first >= MARGIN * second ? best : null;
    }

    /** The function words of a language as its file lists them. */
    static List<String> read(String lang) {
        try (InputStream in = FunctionWords.class.getResourceAsStream("function-words/" + lang + ".txt")) {
            if (in == null) return List.of();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the function words of " + lang, e);
        }
    }
}
