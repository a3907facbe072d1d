package org.blocwatch.extract.rules;

import org.blocwatch.extract.words.WordLists;
import org.blocwatch.model.Names;

import java.util.HashSet;
import java.util.Set;

/**
 * The function words the rules look for, in German, English and Russian together, read from the
 * word lists ({@code org/blocwatch/extract/words/<lang>/<list>.txt}, see {@link WordLists}). Sets
 * that rules compare with tokens' normal forms hold each word in normal form too ("für", "fur").
 */
final class Words {
    private Words() {}

    /** Negation particles: a claim whose trigger they govern is not asserted. */
    static final Set<String> NEGATION = withNormalForms("negation");

    /** Modal and intention words, compared with the lower-cased surface form ("würde" is not "wurde"). */
    static final Set<String> MODAL = WordLists.union("modals").words();

    /** Prepositions after which a state is a place or a target, not an actor of the clause. */
    static final Set<String> NON_ACTOR_PREPOSITIONS = withNormalForms("non-actor-prepositions");

    /** Hedges, compared with the lower-cased surface form: they take the claim back only right before its verb ("womöglich verlassen"). */
    static final Set<String> HEDGES = WordLists.union("hedges").words();

    /** Staying away: "fehlte", "sagte ab", "boykottierte", "skipped", "stayed away". */
    static final Set<String> ABSENCE = withNormalForms("absence");

    /** Past-tense auxiliaries and copulas. */
    static final Set<String> PAST = withNormalForms("past-auxiliaries");

    /** Refusal and exclusion: the act they govern did not happen. */
    static final Set<String> DENIAL = withNormalForms("denial");

    /** Pronouns that start a sentence about the person last named. */
    static final Set<String> PERSONAL_PRONOUNS = withNormalForms("personal-pronouns");

    private static Set<String> withNormalForms(String list) {
        Set<String> out = new HashSet<>();
        for (String w : WordLists.union(list).words()) {
            out.add(w);
            out.add(Names.normalise(w));
        }
        return Set.copyOf(out);
    }
}
