package org.blocwatch.extract.lemma;

import org.blocwatch.extract.text.Token;

import java.util.List;

/** Lemmas and parts of speech for one sentence's tokens, in one language. Not thread-safe. */
interface Lemmatizer {

    /** The tokens, each with its lemma and part of speech, in the same order. */
    List<Token> tag(List<Token> tokens);
}
