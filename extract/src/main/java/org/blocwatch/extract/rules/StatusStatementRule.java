package org.blocwatch.extract.rules;

import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.MembershipStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A standing stated of states: a status noun ({@link StatusNouns}) tied by a copula, a verb of
 * having or including, "als"/"as" or the word "status" ({@code copulas}) to the states acting in
 * its clause. "Full members are A, B and C", "Beobachterstatus haben D und E", "A ist assoziiertes
 * Mitglied der Union", "статус наблюдателя имеют F и G". Each state takes the status noun nearest
 * to it, so "A and B are members, C is an observer" is two standings. The organisation is the one
 * the noun belongs to (compound, genitive, "in"), else the one the sentence or its focus names; an
 * organisation "within" another is itself the subject ("der OVKS Beobachterstatus innerhalb der GUS").
 * Dated by a time next to the noun ("since 2016 as an observer"); else at the document's date in
 * the present tense, open in the past. Clauses about becoming or leaving are the accession and
 * withdrawal rules'; negated and modal nouns say nothing.
 */
public final class StatusStatementRule implements ClaimRule {
    private static final int TIME_REACH = 6;
    /** How far a status noun may stand from the list of states it is said of: "Vollmitglieder sind derzeit A, B". */
    private static final int LIST_REACH = 6;

    @Override public String name() { return "status-statement"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        StatusNouns nouns = s.statusNouns();
        WordList copulas = Vocabulary.of(s.language(), "copulas");
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (nouns.at(s, i) == null || s.negated(i) || s.modal(i) || s.formallyOnly(i) || !predicative(s, i)) continue;
            Clause c = s.clauseOf(i);
            if (c == null || s.clauseHas(c, "status-changes") || s.clauseHas(c, "become") || !s.clauseHas(c, copulas)) continue;
            heads.add(i);
        }
        if (heads.isEmpty()) return;
        for (Mention subject : subjects(s)) {
            int head = nearest(heads, s.listOf(subject), s);
            if (head < 0) continue;
            OrgReference org = s.organisationFor(head);
            if (org == null || org.id().equals(subject.id())) continue;
            if (subject.isOrganisation() && !org.within()) continue;
            MembershipStatus status = nouns.at(s, head);
            TimeExpression time = timeBefore(s, head);
            out.emit(Memberships.during(subject.id(), org.id(), status, time, s.past(head) ? null : s.documentDate()), name(),
                    time == null ? 0.75 : 0.8);
        }
    }

    /**
     * A status noun that can be said of a state: not governed by a preposition other than "als"/"as"
     * ("unter den Mitgliedern", "among the members"), and not in the dative or genitive of German
     * ("den heutigen Mitgliedern", "die Eliten der Mitgliedsstaaten"), with one adjective allowed between.
     */
    private static boolean predicative(SentenceView s, int noun) {
        WordList copulas = Vocabulary.of(s.language(), "copulas"), oblique = Vocabulary.of(s.language(), "oblique-articles");
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = s.token(k).norm();
            if (copulas.contains(w)) return true;
            if (s.isPreposition(w) || oblique.contains(w)) return false;
            if (w.equals("der") && k > 0 && s.token(k - 1).isWord() && s.token(k - 1).isCapitalised() && !copulas.contains(s.token(k - 1).norm()))
                return false;
        }
        return true;
    }

    /** Acting states, and organisations acting beside another one (the subject of "observer within the CIS"). */
    private static List<Mention> subjects(SentenceView s) {
        List<Mention> out = new ArrayList<>(s.actingStates());
        for (Mention m : s.organisations()) if (s.argument(m) == org.blocwatch.extract.argument.Argument.ACTOR) out.add(m);
        return out;
    }

    /** The status noun nearest to the subject's list within its clause and {@value #LIST_REACH} tokens, or -1. */
    private static int nearest(List<Integer> heads, List<Mention> list, SentenceView s) {
        int best = -1;
        for (int h : heads) {
            if (!s.sameClause(h, list.get(0).firstToken()) || distance(h, list) > LIST_REACH) continue;
            if (best < 0 || distance(h, list) < distance(best, list)) best = h;
        }
        return best;
    }

    private static int distance(int token, List<Mention> list) {
        int best = Integer.MAX_VALUE;
        for (Mention m : list) best = Math.min(best, token < m.firstToken() ? m.firstToken() - token : Math.max(0, token - m.endToken() + 1));
        return best;
    }

    /**
     * "seit 2016 als Beobachter", "с 2012 года партнер", "a member since 1992": the time nearest the noun
     * in its clause, within a few words, one before it preferred ("since 2012 as a partner, since 2016 as an observer").
     */
    private static TimeExpression timeBefore(SentenceView s, int head) {
        TimeExpression before = null, after = null;
        for (TimeExpression t : s.times()) {
            if (!t.resolved()) continue;
            int tok = s.tokenAt(t.start());
            if (tok < 0 || !s.sameClause(tok, head)) continue;
            if (tok < head && head - tok <= TIME_REACH) before = t;
            else if (tok > head && tok - head <= TIME_REACH && after == null) after = t;
        }
        return before != null ? before : after;
    }
}
