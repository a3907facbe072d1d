package org.blocwatch.extract.text;

/**
 * The seventeen universal parts of speech of Universal Dependencies, which the OpenNLP UD models
 * tag for German and English and {@code RussianMorphology} maps Russian dictionary tags to.
 * {@link #X} also stands for "not tagged": the lemma layer leaves sentences that cannot yield a
 * claim alone.
 */
public enum Pos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The part of speech a UD tag names; X for anything else. */
    public static Pos of(String tag) {
        if (tag == null) return X;
        return switch (tag) {
            case "ADJ" -> ADJ; case "ADP" -> ADP; case "ADV" -> ADV; case "AUX" -> AUX; case "CCONJ" -> CCONJ;
            case "DET" -> DET; case "INTJ" -> INTJ; case "NOUN" -> NOUN; case "NUM" -> NUM; case "PART" -> PART;
            case "PRON" -> PRON; case "PROPN" -> PROPN; case "PUNCT" -> PUNCT; case "SCONJ" -> SCONJ; case "SYM" -> SYM;
            case "VERB" -> VERB;
            default -> X;
        };
    }

    /** A verb or an auxiliary: what a clause turns on. */
    public boolean isVerbal() { return this == VERB || this == AUX; }

    /** A noun or a proper noun. */
    public boolean isNominal() { return this == NOUN || this == PROPN; }
}
