package org.blocwatch.extract.text;

import org.blocwatch.extract.entity.Stemmer;
import org.blocwatch.model.Names;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token: its span in the document's normalised text, its surface form and the normal form
 * ({@link Names#normalise}) that lexicon and rules compare. {@code glued} is true when no space
 * separates it from the token before ("GUS" "-" "Gipfel"), which is how compounds are recognised.
 * The lemma layer adds a lower-case {@code lemma} and the part of speech {@code pos}; until it has
 * (and in sentences it skips) the lemma is the lower-case form and the part of speech {@link Pos#X}.
 * {@code lower} is the surface form in lower case, accents kept ("würde", unlike its normal form "wurde").
 */
public record Token(int start, int end, String text, String norm, String stem, boolean glued, String lower, String lemma, Pos pos) {

    public Token(int start, int end, String text, String norm, String stem, boolean glued) {
        // rules compare the lower-case form token by token: computed once here, not per question
        this(start, end, text, norm, stem, glued, norm.equals(text) ? norm : text.toLowerCase(Locale.ROOT), null, null);
    }

    public static Token of(String docText, int start, int end, boolean glued) {
        return read(docText.substring(start, end), start, end, glued);
    }

    /**
     * A word broken at a line end that normalisation left apart ("Prä- sidenten"): one token over
     * both parts, read as the whole word.
     */
    public static Token rejoined(String docText, int start, int end, boolean glued) {
        Token t = read(docText.substring(start, end).replaceAll("-\\s+", ""), start, end, glued);
        return new Token(start, end, docText.substring(start, end), t.norm(), t.stem(), glued);
    }

    private static Token read(String text, int start, int end, boolean glued) {
        Forms forms = FORMS.get(text);
        if (forms == null) {
            String norm = isPlainAscii(text) ? text.toLowerCase(Locale.ROOT) : Names.normalise(text);
            forms = new Forms(norm, Stemmer.stem(norm));
            if (FORMS.size() >= FORMS_LIMIT) FORMS.clear();
            FORMS.put(text, forms);
        }
        return new Token(start, end, text, forms.norm(), forms.stem(), glued);
    }

    /** A word's normal form and stem, which depend on its surface form alone. */
    private record Forms(String norm, String stem) {}

    /** Forms by surface form, shared by all threads: words recur, and normalising and stemming each anew was most of tokenising. */
    private static final Map<String, Forms> FORMS = new ConcurrentHashMap<>();
    /** Surface forms remembered before the memo starts over: a bound on memory over long runs. */
    private static final int FORMS_LIMIT = 100_000;

    /** Letters and digits of ASCII only: their normal form is their lower case, no Unicode normalisation needed. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 || !Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    /** The same token with its lemma (lower case) and part of speech. */
    public Token withLemma(String lemma, Pos pos) { return new Token(start, end, text, norm, stem, glued, lower, lemma, pos); }

    /** The lemma, lower case: "beitreten" for "trat", "союз" for "союза"; the lower-case form where none was found. */
    @Override public String lemma() { return lemma != null ? lemma : lower; }

    /** The part of speech; {@link Pos#X} where the lemma layer has not tagged the sentence. */
    @Override public Pos pos() { return pos != null ? pos : Pos.X; }

    /** Whether the lemma layer tagged this token. */
    public boolean tagged() { return pos != null; }


    public boolean isCapitalised() { return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)); }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }

    public boolean isWord() { return !text.isEmpty() && Character.isLetter(text.codePointAt(0)); }

    /** A hyphen, dash or slash (normalisation maps every dash to "-"). */
    public boolean isDash() { return norm.equals("-") || norm.equals("/"); }
}
