package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Token;

import java.util.List;

/**
 * The word lists each token of a sentence is on, by its lemma, lower-case or normal form (as
 * {@link WordList#matches} asks): looked up once per token, so that asking a list of a token is
 * a bit test. A list loaded after the sentence was indexed is asked directly.
 */
public final class TokenWords {
    private final List<Token> tokens;
    private final long[][] lists;
    /** The lists of each token's normal form alone, for rules that compare only that. */
    private final long[][] normLists;
    private final int covered;

    private TokenWords(List<Token> tokens, long[][] lists, long[][] normLists, int covered) {
        this.tokens = tokens;
        this.lists = lists;
        this.normLists = normLists;
        this.covered = covered;
    }

    /** The lists of every token, by the index of the lists loaded so far. */
    public static TokenWords of(List<Token> tokens) { return of(tokens, ListIndex.current()); }

    static TokenWords of(List<Token> tokens, ListIndex index) {
        long[][] lists = new long[tokens.size()][], normLists = new long[tokens.size()][];
        for (int i = 0; i < lists.length; i++) {
            Token t = tokens.get(i);
            String lemma = t.lemma(), norm = t.norm(), lower = t.lower();
            normLists[i] = index.listsOf(norm);
            long[] bits = norm.equals(lemma) ? normLists[i] : ListIndex.union(index.listsOf(lemma), normLists[i]);
            if (!lower.equals(norm) && !lower.equals(lemma)) bits = ListIndex.union(bits, index.listsOf(lower));
            lists[i] = bits;
        }
        return new TokenWords(tokens, lists, normLists, index.covered());
    }

    /** Whether token {@code i} is on the list. */
    public boolean on(int i, WordList list) {
        int n = list.number();
        if (n >= covered) return list.matches(tokens.get(i));
        return (lists[i][n >>> 6] & ListIndex.bit(n)) != 0;
    }

    /** Whether token {@code i}'s normal form is on the list ({@link WordList#contains}). */
    public boolean normOn(int i, WordList list) {
        int n = list.number();
        if (n >= covered) return list.contains(tokens.get(i).norm());
        return (normLists[i][n >>> 6] & ListIndex.bit(n)) != 0;
    }

    public int size() { return lists.length; }
}
