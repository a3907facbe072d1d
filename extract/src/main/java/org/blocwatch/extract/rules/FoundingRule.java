package org.blocwatch.extract.rules;

import org.blocwatch.model.MembershipStatus;

import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation or format founded at a date, with the states it was founded with or by: "Das
 * 2022 ins Leben gerufene Format ... für den Dialog mit Kasachstan, Usbekistan und Tadschikistan",
 * "Die GUS wurde 1991 von Russland, Belarus und der Ukraine gegründet", "the SCO, founded in 2001
 * by China and Russia". The organisation must be named near the verb; each state acting in the same
 * clause, or founding it "mit"/"von"/"by", is a member from that date. An organisation that only qualifies another noun
 * ("the fund of the CSTO was set up") was not founded.
 */
public final class FoundingRule implements ClaimRule {

    private static final int REACH = 10;

    @Override public String name() { return "founding"; }

    /**
     * "о создании фонда ОДКБ", "the fund of the CSTO was set up": a name right after a noun (articles and "of" between)
     * only qualifies it, and that noun is what was founded; so is a noun between the verb and a name after it. The
     * trigger itself and the words of a date do not count.
     */
    private static boolean qualifiesAnotherNoun(SentenceView s, Mention org, int trigger, boolean phrase) {
        int k = org.firstToken() - 1;
        while (k >= 0 && (s.is(k, s.words("articles")) || s.is(k, s.words("genitive-articles")) || s.is(k, s.words("genitive-prepositions")))) k--;
        if (k < 0 || k == trigger) return false;
        if (isNoun(s, k)) return true;
        // "formed a working group with the CSTO": after a verb, the first noun is what was founded, unless it is a word for
        // the organisation itself ("the newly founded bloc, the EAEU"); a phrase has a noun of its own ("ins Leben gerufen")
        if (phrase) return false;
        for (int i = trigger + 1; i < org.firstToken(); i++) if (isNoun(s, i) && !s.normIs(i, s.words("org-nouns"))) return true;
        return false;
    }

    /** A common noun that is not a word of a date ("в 2001 году", "im Jahr 2001"). */
    private static boolean isNoun(SentenceView s, int k) { return s.token(k).pos() == Pos.NOUN && !s.inTime(k); }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("founding-verbs");
        boolean phrase = t < 0;
        if (phrase) t = s.findPhrase("founding-phrases");
        if (t < 0 || s.negated(t) || s.modal(t)) return;
        Mention founded = null;
        for (Mention m : s.organisations())
            if (Math.abs(m.firstToken() - t) <= REACH && s.sameClause(m.firstToken(), t) && !qualifiesAnotherNoun(s, m, t, phrase)
                    && (founded == null || Math.abs(m.firstToken() - t) < Math.abs(founded.firstToken() - t))) founded = m;
        // the subject of a passive may stand far before its verb: "Die Union wurde im Dezember 1991 von A, B und C gegründet"
        if (founded == null)
            for (Mention m : s.organisations())
                if (m.firstToken() < t && s.sameClause(m.firstToken(), t) && s.argument(m) == Argument.ACTOR && !qualifiesAnotherNoun(s, m, t, phrase)) { founded = m; break; }
        TimeExpression time = s.timeNear(t);
        if (founded == null || time == null || time.kind() != TimeExpression.Kind.POINT) return;
        String org = founded.id();
        List<Mention> states = new ArrayList<>(s.actingStates());
        for (Mention m : s.statesAfter("founding-prepositions")) if (!states.contains(m)) states.add(m);
        for (Mention m : states)
            if (s.sameClause(m.firstToken(), t) && !s.genitiveAttribute(m) && !m.id().equals(org))
                out.emit(Memberships.since(m.id(), org, MembershipStatus.MEMBER, time), name(), 0.7);
    }
}
