package org.blocwatch.extract.lemma;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.text.Models;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds a lemma and a universal part of speech to every token of the sentences the
 * {@link TaggingCascade} lets through: OpenNLP's UD models for German and English
 * ({@link ModelLemmatizer}), the morfologik Russian dictionary for Russian
 * ({@link RussianMorphology}). Tokens of other sentences keep their lower-case form as lemma and
 * {@link org.blocwatch.extract.text.Pos#X}. A language without models is read as German, as the
 * pipeline does throughout. Not thread-safe: one per thread.
 */
public final class LemmaAnnotator implements Annotator {
    private final Map<String, Lemmatizer> lemmatizers = new HashMap<>();

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ROLES); }

    @Override public Layer provides() { return Layer.LEMMAS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        Lemmatizer lemmatizer = null;
        for (int s = 0; s < doc.sentences().size(); s++) {
            if (doc.tokens(s).isEmpty() || !TaggingCascade.worthTagging(doc, s)) continue;
            if (lemmatizer == null) lemmatizer = lemmatizers.computeIfAbsent(doc.language(), LemmaAnnotator::lemmatizer);
            doc.setTokens(s, namesAreProper(lemmatizer.tag(doc.tokens(s)), doc.mentions(s)));
        }
    }

    /**
     * A common noun inside a name the lexicon knows is a proper noun there: the Russian dictionary
     * tags "Москве" a noun, and a sentence-initial name looks like any noun to the German model.
     */
    private static List<Token> namesAreProper(List<Token> tokens, List<Mention> mentions) {
        if (mentions.isEmpty()) return tokens;
        List<Token> out = new ArrayList<>(tokens);
        for (Mention m : mentions)
            for (int i = m.firstToken(); i < m.endToken(); i++)
                if (out.get(i).pos() == Pos.NOUN && out.get(i).isCapitalised()) out.set(i, out.get(i).withLemma(out.get(i).lemma(), Pos.PROPN));
        return out;
    }

    private static Lemmatizer lemmatizer(String lang) {
        if (lang.equals("ru")) return new RussianMorphology();
        String modelled = Models.partsOfSpeech(lang).isPresent() ? lang : "de";
        return new ModelLemmatizer(Models.partsOfSpeech(modelled).orElseThrow(), Models.lemmas(modelled).orElseThrow());
    }
}
