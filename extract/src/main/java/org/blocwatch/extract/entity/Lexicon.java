package org.blocwatch.extract.entity;

import org.blocwatch.extract.text.Token;
import org.blocwatch.model.Alias;
import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The knowledge base's names as a trie of normalised token sequences. Every alias is entered
 * three ways: as written, as stems ({@link Stemmer}: inflected German and Russian forms) and,
 * for persons, as {@link Transliteration} keys (Tokajew/Toqajew/Tokayev). Matching walks the
 * trie from each token, trying the token's exact, stem and key forms, and keeps the longest
 * match; the cost per token is a few hash look-ups, whatever the number of aliases.
 *
 * <p>Names must start with a capital letter in the text ("Turkey", not "turkey"); short
 * all-capital abbreviations must be all capitals in the text too ("US", not "us"). Demonyms
 * ("russische", "Kasachen") match in any case.
 */
public final class Lexicon {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "the");
    private static final String STEM = "\u0001";
    private static final String KEY = "\u0002";
    private static final String[] SCHEMES = {"", STEM, KEY};

    private final Node root = new Node();
    private final Map<String, Entity> byId = new HashMap<>();

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final Set<Entry> entries = new LinkedHashSet<>(2);
    }

    /**
     * An alias in the trie, with the case the text must show: all capitals for short abbreviations,
     * an initial capital for names that have one ("zentralasiatische Staaten" has none).
     */
    private record Entry(Sense sense, boolean upperOnly, boolean capitalised) {}

    /** A match: tokens [first, end) of the list matched, with every sense of the name. */
    public record Match(int first, int end, List<Sense> senses) {}

    public Lexicon(Collection<Entity> entities) {
        for (Entity e : entities) {
            byId.put(e.id(), e);
            add(e, e.label(), e.kind() == EntityKind.PERSON ? AliasKind.NAME : AliasKind.NAME);
            for (Alias a : e.aliases()) add(e, a.text(), a.kind());
        }
    }

    public Optional<Entity> entity(String id) { return Optional.ofNullable(byId.get(id)); }

    private void add(Entity e, String alias, AliasKind kind) {
        List<String> words = words(alias);
        if (words.isEmpty()) return;
        boolean upperOnly = isShortCapitals(alias);
        Entry entry = new Entry(new Sense(e, kind), upperOnly, Character.isUpperCase(alias.codePointAt(0)));
        insert(words, "", entry);
        if (upperOnly) return;
        if (e.kind() == EntityKind.PERSON) {
            // surnames are too short and too varied for suffix stripping ("Partner" would become "Parts");
            // a genitive s ("Putins") and the transliteration key are enough
            List<String> genitive = new ArrayList<>(words);
            genitive.set(genitive.size() - 1, genitive.get(genitive.size() - 1) + "s");
            insert(genitive, "", entry);
            insert(words.stream().map(Transliteration::key).toList(), KEY, entry);
            // Russian declines names by ending ("Токаевым", "Путина"), which the stems cover
            if (Character.UnicodeBlock.of(words.get(0).charAt(0)) == Character.UnicodeBlock.CYRILLIC)
                insert(words.stream().map(Stemmer::stem).toList(), STEM, entry);
        } else {
            insert(words.stream().map(Stemmer::stem).toList(), STEM, entry);
        }
    }

    private static boolean isShortCapitals(String alias) {
        return alias.length() <= 5 && alias.equals(alias.toUpperCase()) && !alias.equals(alias.toLowerCase());
    }

    private void insert(List<String> words, String scheme, Entry entry) {
        Node n = root;
        for (String w : words) n = n.children.computeIfAbsent(scheme + w, k -> new Node());
        n.entries.add(entry);
    }

    /** An alias as the token keys the text will show: split at spaces, hyphens and slashes. */
    static List<String> words(String alias) {
        List<String> out = new ArrayList<>();
        for (String w : SPACE.split(Names.normalise(alias))) {
            int from = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == '-' || c == '/') {
                    if (i > from) out.add(key(w.substring(from, i)));
                    out.add(String.valueOf(c));
                    from = i + 1;
                }
            }
            if (from < w.length()) out.add(key(w.substring(from)));
        }
        out.removeIf(String::isEmpty);
        // "der Kreml", "der Russischen Föderation": the article is not part of the name
        while (out.size() > 1 && ARTICLES.contains(out.get(0))) out.remove(0);
        return out;
    }

    private static String key(String norm) {
        int end = norm.length();
        while (end > 0 && norm.charAt(end - 1) == '.') end--;
        return norm.substring(0, end);
    }

    /** Longest non-overlapping matches in a sentence's tokens, left to right. */
    public List<Match> match(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(tokens, i);
            if (best == null) { i++; continue; }
            out.add(best);
            i = best.end();
        }
        return out;
    }

    private Match longestAt(List<Token> tokens, int first) {
        Token head = tokens.get(first);
        if (!head.isWord()) return null;
        Match best = null;
        for (String scheme : SCHEMES) {
            if (scheme.equals(KEY) && !head.isCapitalised()) continue;
            Node n = root;
            for (int i = first; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String k = key(t.norm());
                if (k.isEmpty()) break;
                String form = scheme.isEmpty() || t.isDash() ? scheme + k
                        : scheme.equals(STEM) ? STEM + (k.length() == t.norm().length() ? t.stem() : Stemmer.stem(k))
                        : KEY + Transliteration.key(k);
                n = n.children.get(form);
                if (n == null && scheme.isEmpty()) break;
                if (n == null) break;
                if (!n.entries.isEmpty() && (best == null || i + 1 > best.end())) {
                    List<Sense> senses = admissible(n.entries, tokens, first, i + 1);
                    if (!senses.isEmpty()) best = new Match(first, i + 1, senses);
                }
            }
        }
        return best;
    }

    /**
     * Whether the words around a token are in capitals too, as in headings and pull quotes: there a
     * two-letter abbreviation cannot be told from a word ("IN" is India's code and a preposition).
     */
    private static boolean inCapitals(List<Token> tokens, int i) {
        Token before = i > 0 ? tokens.get(i - 1) : null, after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean b = before == null || !before.isWord() || before.isAllCaps();
        boolean a = after == null || !after.isWord() || after.isAllCaps();
        return b && a;
    }

    private static List<Sense> admissible(Set<Entry> entries, List<Token> tokens, int first, int end) {
        List<Sense> out = new ArrayList<>(entries.size());
        Token head = tokens.get(first);
        for (Entry e : entries) {
            if (e.upperOnly()) {
                boolean allCaps = true;
                for (int i = first; i < end; i++) if (tokens.get(i).isWord() && !tokens.get(i).isAllCaps()) allCaps = false;
                if (!allCaps || (end - first == 1 && head.text().length() <= 2 && inCapitals(tokens, first))) continue;
            } else if (e.sense().via() != AliasKind.DEMONYM && e.capitalised() && !head.isCapitalised()) {
                continue;
            }
            if (!out.contains(e.sense())) out.add(e.sense());
        }
        return out;
    }
}
