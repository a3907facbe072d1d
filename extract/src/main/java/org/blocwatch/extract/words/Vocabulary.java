package org.blocwatch.extract.words;

import org.blocwatch.model.Names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Word lists of one language, loaded from resource files the way Lucene loads its stop-word lists:
 * {@code words/<lang>/<name>.txt}, one entry per line, {@code #} starting a comment. Entries are
 * read through the same normaliser as the text's tokens ({@link Names#normalise}), so a list says
 * "Bündnis" and matches the token's normal form "bundnis". An entry ending in
 * {@code *} matches every word it begins (a Russian stem with all its case endings, a German
 * compound's first part); an entry starting with {@code *} matches every word it ends (a German
 * compound's head: {@code *bündnis} is Militärbündnis too).
 */
public final class Vocabulary {
    /** Lists by language, then by name: rules ask for lists token by token, so no key is built per question. */
    private static final Map<String, Map<String, WordList>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, PhraseList>> PHRASES = new ConcurrentHashMap<>();

    private Vocabulary() {}

    /** The list {@code name} of language {@code lang}, matched against normal forms; an absent file is an empty list. */
    public static WordList of(String lang, String name) {
        return lists(lang).computeIfAbsent(name, key -> load(lang, name, Names::normalise));
    }

    /**
     * The list matched against the lower-cased surface form, for words that normalisation would
     * confuse: the German subjunctive "würde, hätte, könnte" is "wurde, hatte, konnte" without its umlaut.
     */
    public static WordList surface(String lang, String name) {
        return lists("surface:" + lang).computeIfAbsent(name, key -> load(lang, name, w -> w.toLowerCase(Locale.ROOT)));
    }

    /** The union of a list over German, English and Russian: function words rules ask of any sentence. */
    public static WordList all(String name) {
        Map<String, WordList> unions = lists("*");
        WordList cached = unions.get(name);
        if (cached != null) return cached;
        // built outside computeIfAbsent, which must not load the three lists into the same map while it runs
        unions.putIfAbsent(name, WordList.union(of("de", name), of("en", name), of("ru", name)));
        return unions.get(name);
    }

    private static Map<String, WordList> lists(String lang) {
        return CACHE.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
    }

    /**
     * A list of phrases in normal form, each a run of words and, after {@code ...}, the words that
     * close it later in the clause ("trat ... bei"); empty where the phrase has no closing part.
     */
    public record Phrase(String[] head, String[] closing) {}

    /**
     * A list of phrases in its order, and for each first word the places of the phrases that
     * begin with it, in ascending order: a sentence is then read once, not once per phrase.
     */
    public record PhraseList(List<Phrase> phrases, Map<String, int[]> byFirstWord) {}

    /** The list {@code name} read as phrases, normalised, split and indexed once. */
    public static PhraseList phrases(String lang, String name) {
        return PHRASES.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()).computeIfAbsent(name, key -> {
            List<Phrase> out = new ArrayList<>();
            Map<String, List<Integer>> starts = new HashMap<>();
            for (String entry : lines(lang, name)) {
                String[] parts = Names.normalise(entry).split(" \\.\\.\\. ");
                Phrase phrase = new Phrase(parts[0].split(" "), parts.length == 1 ? new String[0] : parts[1].split(" "));
                starts.computeIfAbsent(phrase.head()[0], w -> new ArrayList<>()).add(out.size());
                out.add(phrase);
            }
            Map<String, int[]> byFirstWord = new HashMap<>();
            starts.forEach((word, places) -> byFirstWord.put(word, places.stream().mapToInt(Integer::intValue).toArray()));
            return new PhraseList(List.copyOf(out), Map.copyOf(byFirstWord));
        });
    }

    /** The entries of a list as written, for lists of phrases that a recognizer compiles itself. */
    public static List<String> lines(String lang, String name) {
        // rules ask for phrase lists sentence by sentence: read each file once
        return LINES.computeIfAbsent(lang + "/" + name, key -> read(lang, name));
    }

    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

    private static List<String> read(String lang, String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(lang + "/" + name + ".txt")) {
            if (in == null) return out;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + lang + "/" + name, e);
        }
        return List.copyOf(out);
    }

    private static WordList load(String lang, String name, UnaryOperator<String> form) {
        List<String> lines = lines(lang, name);
        if (lines.isEmpty()) return WordList.EMPTY;
        Set<String> exact = new HashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> suffixes = new LinkedHashSet<>();
        for (String w : lines) {
            if (w.endsWith("*")) prefixes.add(form.apply(w.substring(0, w.length() - 1)));
            else if (w.startsWith("*")) suffixes.add(form.apply(w.substring(1)));
            else exact.add(form.apply(w));
        }
        return new WordList(exact, prefixes, suffixes);
    }
}
