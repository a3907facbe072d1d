package org.blocwatch.extract.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language, read from the class path the way Lucene reads its stop-word
 * lists: {@code org/blocwatch/extract/words/<lang>/<name>.txt}, UTF-8, one word or lemma a line,
 * {@code #} starting a comment. {@code WordLists.of("de").get("negation").contains("kein")}.
 * Lists are read once and shared; a list no file holds is a programming error. Thread-safe.
 */
public final class WordLists {
    /** The languages blocwatch extracts from; each has a file for every list. */
    public static final List<String> LANGUAGES = List.of("de", "en", "ru");
    private static final Map<String, WordLists> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Map<String, WordList> UNIONS = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, WordList> lists = new ConcurrentHashMap<>();

    private WordLists(String language) { this.language = language; }

    /** The lists of "de", "en" or "ru"; another language gets the German ones, as the pipeline does. */
    public static WordLists of(String language) {
        String lang = LANGUAGES.contains(language) ? language : "de";
        return BY_LANGUAGE.computeIfAbsent(lang, WordLists::new);
    }

    public WordList get(String name) { return lists.computeIfAbsent(name, n -> new WordList(n, read(language, n))); }

    /** One list of all three languages, for rules that do not ask which language a sentence is in. */
    public static WordList union(String name) {
        return UNIONS.computeIfAbsent(name, n -> {
            Set<String> all = new HashSet<>();
            for (String lang : LANGUAGES) all.addAll(of(lang).get(n).words());
            return new WordList(n, all);
        });
    }

    private static Set<String> read(String language, String name) {
        String resource = language + "/" + name + ".txt";
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no word list " + name + " for language " + language + " (" + resource + ")");
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) out.add(word);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
