package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Token;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A list of words: exact forms, stems that begin words and heads that end them (see {@link Vocabulary}). */
public final class WordList {
    static final WordList EMPTY = new WordList(Set.of(), Set.of(), Set.of());

    private final Set<String> exact;
    private final String[] prefixes;
    private final String[] suffixes;
    /** The list's number in the {@link ListIndex}. */
    private final int number;
    /** Words already tried against the stems and heads; shared by the extractors of all threads. */
    private final Map<String, Boolean> affixed = new ConcurrentHashMap<>();

    /** Up to this many stems and heads, trying them is cheaper than looking the answer up. */
    private static final int FEW_AFFIXES = 4;
    /** Words remembered before the memo starts over: a bound on memory over long runs. */
    private static final int MEMO_LIMIT = 50_000;

    WordList(Set<String> exact, Set<String> prefixes, Set<String> suffixes) {
        this.exact = Set.copyOf(exact);
        this.prefixes = prefixes.toArray(String[]::new);
        this.suffixes = suffixes.toArray(String[]::new);
        this.number = ListIndex.register(this);
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
    public boolean matches(Token t) {
        // the three forms are mostly one word: each distinct form is looked up once
        String lemma = t.lemma(), norm = t.norm();
        if (contains(lemma)) return true;
        if (!norm.equals(lemma) && contains(norm)) return true;
        String lower = t.lower();
        return !lower.equals(norm) && !lower.equals(lemma) && contains(lower);
    }

    /** The entries that match whole words (not the stems and heads). */
    public Set<String> words() { return exact; }

    /** Whether the word (a normal form) is on the list. */
    public boolean contains(String word) {
        if (exact.contains(word)) return true;
        if (prefixes.length + suffixes.length <= FEW_AFFIXES) return hasAffix(word);
        // a long list of stems is tried against every token of every sentence: remember the answers
        Boolean known = affixed.get(word);
        if (known != null) return known;
        boolean found = hasAffix(word);
        if (affixed.size() >= MEMO_LIMIT) affixed.clear();
        affixed.put(word, found);
        return found;
    }

    int number() { return number; }

    boolean hasAffixes() { return prefixes.length + suffixes.length > 0; }

    boolean hasAffix(String word) {
        for (String p : prefixes) if (word.startsWith(p)) return true;
        for (String s : suffixes) if (word.endsWith(s)) return true;
        return false;
    }

    public boolean isEmpty() { return exact.isEmpty() && prefixes.length == 0 && suffixes.length == 0; }
}
