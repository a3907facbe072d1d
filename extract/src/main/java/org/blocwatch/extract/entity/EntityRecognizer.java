package org.blocwatch.extract.entity;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.extract.text.Token;

import java.util.List;
import java.util.Set;

/** Adds mentions of known entities, found by the {@link Lexicon}. Thread-safe. */
public final class EntityRecognizer implements Annotator {
    private final Lexicon lexicon;

    public EntityRecognizer(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }

    @Override public Layer provides() { return Layer.MENTIONS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s.index());
            for (Lexicon.Match m : lexicon.match(tokens))
                doc.addMention(s.index(), new Mention(m.first(), m.end(), tokens.get(m.first()).start(),
                        tokens.get(m.end() - 1).end(), m.senses(), false));
        }
    }
}
