package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;

/**
 * A change of standing named by a noun with its state, organisation and date: "Armenia's accession to
 * the union in 2015", "der Austritt Georgiens aus der GUS 2009", "после выхода Грузии из СНГ в 2009 году".
 * The state is the noun's possessive or genitive (right before it, or right after it or after
 * "of"/"der"), the organisation follows the noun within a few words, and the date stands in the noun's
 * clause. Without a date of its own the noun may be a plan or a debate, so it names no change.
 */
record NominalChange(int noun, Mention state, Mention org, TimeExpression time) {
    /** How far after the noun its organisation may stand: "Beitritt Armeniens zur Eurasischen Union". */
    private static final int ORG_REACH = 5;

    /** The first noun of the list {@code nouns} that names a dated change, or null. */
    static NominalChange find(SentenceView s, String nouns) {
        int noun = s.find(nouns);
        if (noun < 0 || s.negated(noun) || s.modal(noun)) return null;
        Mention state = null, org = null;
        for (Mention m : s.mentions()) {
            boolean possessive = m.endToken() <= noun && noun - m.endToken() <= 1;
            boolean genitive = m.firstToken() == noun + 1 || m.firstToken() == noun + 2 && (s.is(noun + 1, s.words("genitive-articles"))
                    || s.is(noun + 1, s.words("genitive-prepositions")));
            if (m.isState() && !m.isDemonym() && state == null && (possessive || genitive)) state = m;
            else if (m.isOrganisation() && org == null && m.firstToken() > noun && m.firstToken() - noun <= ORG_REACH) org = m;
        }
        TimeExpression time = s.timeNear(noun);
        if (state == null || org == null || time == null || time.kind() != TimeExpression.Kind.POINT
                || !s.sameClause(noun, s.tokenAt(time.start()))) return null;
        return new NominalChange(noun, state, org, time);
    }
}
