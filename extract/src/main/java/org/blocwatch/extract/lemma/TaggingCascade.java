package org.blocwatch.extract.lemma;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.entity.Stemmer;
import org.blocwatch.extract.text.Token;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.model.Names;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides which sentences get the costly layers (parts of speech and lemmas,
 * and whatever reads them): only those that can yield a claim. Every claim is about an entity, so
 * a sentence qualifies when it names one the lexicon knows, has a role phrase ("der
 * Generalsekretär"), or describes an organisation or state that coreference may resolve ("das
 * Bündnis", "the country", "эта страна"). Most sentences of a news article are none of these.
 * Thread-safe.
 */
public final class TaggingCascade {
    private static final Map<String, Set<String>> DESCRIPTION_STEMS = new ConcurrentHashMap<>();

    private TaggingCascade() {}

    /** Whether sentence {@code s} of the document can yield a claim and so is worth tagging. */
    public static boolean worthTagging(AnnotatedDocument doc, int s) {
        if (!doc.mentions(s).isEmpty() || !doc.roles(s).isEmpty()) return true;
        Set<String> descriptions = descriptionStems(doc.language());
        for (Token t : doc.tokens(s)) if (t.isWord() && descriptions.contains(t.stem())) return true;
        return false;
    }

    /** The stems of the org and state nouns of a language: "Bündnisses" and "Bündnis" meet there. */
    private static Set<String> descriptionStems(String lang) {
        return DESCRIPTION_STEMS.computeIfAbsent(lang, l -> {
            Set<String> out = new HashSet<>();
            for (String list : new String[]{"org-nouns", "state-nouns"})
                for (String w : Vocabulary.lines(l, list)) out.add(Stemmer.stem(Names.normalise(w.replace("*", ""))));
            return Set.copyOf(out);
        });
    }
}
