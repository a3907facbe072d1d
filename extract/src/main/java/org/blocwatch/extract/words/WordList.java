package org.blocwatch.extract.words;

import org.blocwatch.extract.text.Token;

import java.util.Set;

/**
 * One list of trigger or function words of one language (or of all three): lower-case lemmas,
 * plus the few inflected forms whose form itself carries the meaning (German "würde", whose
 * lemma "werden" would also be "wurde"; "war", whose lemma "sein" is also the present).
 */
public final class WordList {
    private final String name;
    private final Set<String> words;

    WordList(String name, Set<String> words) {
        this.name = name;
        this.words = Set.copyOf(words);
    }

    public String name() { return name; }

    /** Whether a lower-case word or lemma is on the list. */
    public boolean contains(String word) { return words.contains(word); }

    /** Whether the token's lemma or its lower-case form is on the list. */
    public boolean matches(Token t) { return words.contains(t.lemma()) || words.contains(t.lower()); }

    /** Whether the word starts with an entry of the list ("ehemaligen" with "ehemalig"). */
    public boolean startsAny(String word) {
        for (String w : words) if (word.startsWith(w)) return true;
        return false;
    }

    /** The entries, lower case. */
    public Set<String> words() { return words; }

    @Override public String toString() { return name + words; }
}
