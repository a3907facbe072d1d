package org.blocwatch.extract.rules;

import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;

import java.util.HashSet;
import java.util.Set;

/**
 * The function words that rules ask of any sentence, whatever its language: the German, English
 * and Russian word lists together ({@link Vocabulary#all}). Rules that know the sentence's
 * language read {@code Vocabulary.of(language, name)} instead.
 */
final class Words {
    private Words() {}

    private static Set<String> prepositions() {
        Set<String> out = new HashSet<>();
        for (String list : new String[] {"place-prepositions", "target-prepositions", "companion-prepositions", "other-prepositions"})
            out.addAll(Vocabulary.all(list).words());
        return Set.copyOf(out);
    }

    /** Negation particles: a claim whose trigger they govern is not asserted. */
    static final WordList NEGATION = Vocabulary.all("negation");

    /** Prepositions after which a state is a place, a target, a companion or an oblique, not an actor of the clause. */
    static final Set<String> NON_ACTOR_PREPOSITIONS = prepositions();

    /** Staying away: "fehlte", "sagte ab", "boykottierte", "skipped", "stayed away". */
    static final WordList ABSENCE = Vocabulary.all("absence");

    /** Refusal and exclusion: the act they govern did not happen. */
    static final Set<String> DENIAL = Vocabulary.all("denial").words();
}
