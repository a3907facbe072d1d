package org.blocwatch.extract.words;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;

import java.util.Set;

/** Adds, for each token, the word lists it is on ({@link TokenWords}): what rules ask of every token. */
public final class WordListAnnotator implements Annotator {

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.LEMMAS); }

    @Override public Layer provides() { return Layer.WORDS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        // one index for the whole document: built anew only when lists have loaded since the last
        ListIndex index = ListIndex.current();
        for (int s = 0; s < doc.sentences().size(); s++) doc.setWords(s, TokenWords.of(doc.tokens(s), index));
    }
}
