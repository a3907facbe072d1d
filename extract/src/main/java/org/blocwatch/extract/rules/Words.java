package org.blocwatch.extract.rules;

import java.util.Set;

/** Function words the rules look for, in German, English and Russian (normalised, lower case). */
final class Words {
    private Words() {}

    /** Negation particles: a claim whose trigger they govern is not asserted. */
    static final Set<String> NEGATION = Set.of("nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "not", "never", "no",
            "n't", "не", "ни", "нет");

    /** Modal and intention words, compared with the lower-cased surface form ("würde" is not "wurde"). */
    static final Set<String> MODAL = Set.of("will", "wollen", "wollte", "wollten", "möchte", "plant", "planen", "erwägt",
            "droht", "drohte", "könnte", "könnten", "würde", "würden", "soll", "sollte", "sollen", "hätte", "hätten", "wäre", "wären",
            "intends", "intend", "plans", "plan", "threatens", "threatened", "may", "might", "would", "could", "wants", "want",
            "намерен", "намерена", "хочет", "может", "планирует", "угрожает");

    /** Prepositions after which a state is a place or a target, not an actor of the clause. */
    static final Set<String> NON_ACTOR_PREPOSITIONS = Set.of("von", "gegen", "in", "im", "an", "auf", "nach", "aus", "zu", "uber",
            "für", "fur", "gegenuber", "bei", "mit", "vor", "unter", "against", "on", "to", "from", "of", "with", "for",
            "into", "против", "в", "на", "из", "с", "к", "для", "о");

    /** Hedges: they take the claim back only right before its verb ("womöglich verlassen"). */
    static final Set<String> HEDGES = Set.of("womöglich", "möglicherweise", "vielleicht", "eventuell", "possibly", "perhaps", "возможно");

    /** Staying away: "fehlte", "sagte ab", "boykottierte", "skipped", "stayed away". */
    static final Set<String> ABSENCE = Set.of("fehlte", "fehlten", "ab", "boykottierte", "boykottierten", "fern", "skipped", "absent",
            "boycotted", "away", "отсутствовал", "отсутствовала", "бойкотировал");

    /** Past-tense auxiliaries and copulas. */
    static final Set<String> PAST = Set.of("war", "waren", "hatte", "hatten", "was", "were", "had", "был", "была", "были");

    /** Refusal and exclusion: the act they govern did not happen. */
    static final Set<String> DENIAL = Set.of("ausgeschlossen", "schloss", "schlossen", "lehnte", "lehnten", "abgelehnt", "verweigerte",
            "verweigert", "refused", "rejected", "ruled", "declined", "отказал", "отказался", "отказалась", "отверг");

}
