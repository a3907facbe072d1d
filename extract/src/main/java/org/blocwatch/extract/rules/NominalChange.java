package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;

/**
 * A change of standing named by a noun with its state, organisation and date: "Armenia's accession to
 * the union in 2015", "der Austritt Georgiens aus der GUS 2009", "после выхода Грузии из СНГ в 2009 году".
 * The state is the noun's possessive or genitive (right before it, or right after it or after
 * "of"/"der"), or the state announcing it ({@code announce-verbs}: "Ташкент заявил о выходе"), the organisation follows the noun within a few words, and the date stands in the noun's
 * clause. Without a date of its own the noun may be a plan or a debate, so it names no change.
 */
record NominalChange(int noun, Mention state, Mention org, TimeExpression time) {
    /** How far after the noun its organisation may stand: "Beitritt Armeniens zur Eurasischen Union". */
    private static final int ORG_REACH = 5;

    /** The first noun of the list {@code nouns} that names a dated change, or null. */
    static NominalChange find(SentenceView s, String nouns) {
        int noun = s.find(nouns);
        if (noun < 0 || s.negated(noun) || s.modal(noun)) return null;
        Mention org = null;
        for (Mention m : s.organisations()) if (org == null && m.firstToken() > noun && m.firstToken() - noun <= ORG_REACH) org = m;
        Mention state = s.stateOwning(noun);
        if (state == null) state = announcer(s, noun);
        TimeExpression time = s.timeNearInClause(noun);
        if (state == null || org == null || time == null || time.kind() != TimeExpression.Kind.POINT) return null;
        return new NominalChange(noun, state, org, time);
    }

    /** How far before the noun a verb of announcing may stand: "заявил о выходе", "announced its withdrawal". */
    private static final int ANNOUNCE_REACH = 3;

    /** "Ташкент заявил о выходе из ГУАМ": the state acting before a verb of announcing the change. */
    private static Mention announcer(SentenceView s, int noun) {
        for (int v = noun - 1; v >= Math.max(0, noun - ANNOUNCE_REACH); v--) {
            if (!s.normIs(v, s.words("announce-verbs"))) continue;
            Mention subject = null;
            for (Mention m : s.actingStates()) if (m.firstToken() < v && s.sameClause(m.firstToken(), v)) subject = m;
            return subject;
        }
        return null;
    }
}
