package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Token;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** A list of words: exact forms, stems that begin words and heads that end them (see {@link Vocabulary}). */
public final class WordList {
    static final WordList EMPTY = new WordList(Set.of(), Set.of(), Set.of());

    private final Set<String> exact;
    private final String[] prefixes;
    private final String[] suffixes;

    WordList(Set<String> exact, Set<String> prefixes, Set<String> suffixes) {
        this.exact = Set.copyOf(exact);
        this.prefixes = prefixes.toArray(String[]::new);
        this.suffixes = suffixes.toArray(String[]::new);
    }

    static WordList union(WordList... lists) {
        Set<String> exact = new HashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> suffixes = new LinkedHashSet<>();
        for (WordList l : lists) {
            exact.addAll(l.exact);
            prefixes.addAll(Set.of(l.prefixes));
            suffixes.addAll(Set.of(l.suffixes));
        }
        return new WordList(exact, prefixes, suffixes);
    }

    /** Whether the token's lemma, its lower-case form or its normal form is on the list. */
    public boolean matches(Token t) { return contains(t.lemma()) || contains(t.lower()) || contains(t.norm()); }

    /** The entries that match whole words (not the stems and heads). */
    public Set<String> words() { return exact; }

    /** Whether the word (a normal form) is on the list. */
    public boolean contains(String word) {
        if (exact.contains(word)) return true;
        for (String p : prefixes) if (word.startsWith(p)) return true;
        for (String s : suffixes) if (word.endsWith(s)) return true;
        return false;
    }

    public boolean isEmpty() { return exact.isEmpty() && prefixes.length == 0 && suffixes.length == 0; }
}
