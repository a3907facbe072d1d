package org.blocwatch.extract.lemma;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.text.Token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * German and English: OpenNLP's UD part-of-speech model over the sentence ({@link GreedyPosTagger},
 * the step that needs the context), then the UD lemmatizer one word at a time. A word's lemma depends only on the
 * word and its part of speech here, so it is computed once and cached per part of speech; after a
 * few documents nearly every word is a cache hit. Not thread-safe.
 */
final class ModelLemmatizer implements Lemmatizer {
    /** Words kept per part of speech before the cache starts over: a bound on memory over long runs. */
    private static final int CACHE_LIMIT = 100_000;

    private final GreedyPosTagger tagger;
    private final LemmatizerME lemmatizer;
    private final Map<Pos, Map<String, String>> cache = new EnumMap<>(Pos.class);
    private final String[] one = new String[1];
    private final String[] oneTag = new String[1];

    ModelLemmatizer(POSModel pos, LemmatizerModel lemmas) {
        tagger = new GreedyPosTagger(pos);
        lemmatizer = new LemmatizerME(lemmas);
        for (Pos p : Pos.values()) cache.put(p, new HashMap<>());
    }

    @Override
    public List<Token> tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text();
        String[] tags = tagger.tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Pos pos = Pos.of(tags[i]);
            Token t = tokens.get(i);
            out.add(t.withLemma(lemma(t, tags[i], pos), pos));
        }
        return out;
    }

    private String lemma(Token t, String tag, Pos pos) {
        if (pos == Pos.PUNCT || pos == Pos.NUM || pos == Pos.SYM || !t.isWord()) return t.lower();
        Map<String, String> known = cache.get(pos);
        String lemma = known.get(t.text());
        if (lemma != null) return lemma;
        one[0] = t.text();
        oneTag[0] = tag;
        String found = lemmatizer.lemmatize(one, oneTag)[0];
        // the model answers "O" (or nothing) where no edit script applies: the word is its own lemma
        lemma = found == null || found.isEmpty() || found.equals("O") || found.equals("_") ? t.lower() : found.toLowerCase(Locale.ROOT);
        if (known.size() >= CACHE_LIMIT) known.clear();
        known.put(t.text(), lemma);
        return lemma;
    }
}
