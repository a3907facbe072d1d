package org.blocwatch.extract.rules;

import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.Membership;
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
 * the present tense, open in the past or when the noun is qualified as former ("a former member").
 * Clauses about becoming, leaving, suspending or applying are the accession, withdrawal, suspension and
 * application rules'; negated, modal and future nouns ("a future member") say nothing.
 */
public final class StatusStatementRule implements ClaimRule {
    private static final int TIME_REACH = 6;
    /** How far before the noun a word qualifying it may stand: "ein künftiges assoziiertes Mitglied". */
    private static final int QUALIFIER_REACH = 3;
    /** How near a verb of becoming or leaving must stand to make the noun the accession's or withdrawal's. */
    private static final int CHANGE_REACH = 4;
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
            // "a future member", "ein künftiges Mitglied": not a standing yet
            if (s.near(i, "prospective-words", QUALIFIER_REACH)) continue;
            Clause c = s.clauseOf(i);
            if (c == null || s.near(i, "status-changes", CHANGE_REACH) || s.near(i, "become", CHANGE_REACH)) continue;
            // "hat seine Mitgliedschaft 2012 ausgesetzt": the suspension rule's clause
            if (s.clauseHas(c, "suspend-verbs") || s.clauseHas(c, "boycott-words")) continue;
            // "hat die Mitgliedschaft beantragt", "applied for membership": the application rule's clause
            if (s.clauseHas(c, "apply-verbs") || s.clauseHas(c, "application-words")) continue;
            if (!s.clauseHas(c, copulas) && !listedAfter(s, i) && !apposition(s, i)) continue;
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
            Membership body = time != null && time.kind() == TimeExpression.Kind.POINT && s.near(head, "grant-verbs", CHANGE_REACH)
                    ? new Membership(subject.id(), org.id(), status, time.date(), null, null)   // "was granted observer status in 2005"
                    : Memberships.during(subject.id(), org.id(), status, time, s.past(head) || s.former(head) ? null : s.documentDate());
            out.emit(body, name(), time == null ? 0.75 : 0.8);
        }
    }

    /**
     * A status noun that can be said of a state: not governed by a preposition other than "als"/"as"
     * ("unter den Mitgliedern", "among the members"), and not in the dative or genitive of German
     * ("den heutigen Mitgliedern", "die Eliten der Mitgliedsstaaten"), with one adjective allowed between.
     */
    private static boolean predicative(SentenceView s, int noun) {
        WordList copulas = Vocabulary.of(s.language(), "copulas"), oblique = Vocabulary.of(s.language(), "oblique-articles");
        WordList granted = Vocabulary.of(s.language(), "grant-verbs"), among = Vocabulary.of(s.language(), "among-prepositions"),
                oneOf = Vocabulary.of(s.language(), "one-of");
        // "erhielt den Beobachterstatus" (the object of granting is the standing), "zu den Mitgliedern zählen A und B" (the
        // group the states are among), whatever the article's case
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--)
            if (s.normIs(k, copulas) || s.normIs(k, granted) || s.normIs(k, among)) return true;
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            String w = s.token(k).norm();
            // "one of the six members", "одним из членов": the subject is one of those the noun names
            if (s.isPreposition(w) && k > 0 && s.normIs(k - 1, oneOf)) return true;
            if (s.isPreposition(w) || oblique.contains(w)) return false;
            if (s.words("genitive-articles").contains(w) && k > 0 && s.token(k - 1).isWord() && s.token(k - 1).isCapitalised()) return false;
        }
        return true;
    }

    /**
     * "Observer states: A and B", "the observer states A and B", "член ОДКБ Киргизия": the names follow the noun (a
     * word for states or the organisation's name between).
     */
    private static boolean listedAfter(SentenceView s, int noun) {
        int k = noun + 1;
        WordList stateNouns = Vocabulary.of(s.language(), "state-words");
        if (k < s.tokens().size() && (s.normIs(k, stateNouns) || s.token(k).isDash())) k++;
        for (Mention m : s.organisations()) if (m.firstToken() == k) k = m.endToken();
        if (k < s.tokens().size() && s.token(k).norm().equals(":")) k++;
        for (Mention m : s.mentions()) if (m.firstToken() == k && m.isState() && !m.isDemonym()) return true;
        return false;
    }

    /**
     * "Mongolia, an observer since 2004,", "A and B, both CIS members,": the noun in apposition right after a state
     * and a comma (an article, adjective or the organisation's name between).
     */
    private static boolean apposition(SentenceView s, int noun) {
        int head = noun;
        for (Mention m : s.organisations())
            if (m.endToken() == noun || s.compoundModified(noun) && m.endToken() == noun - 1) head = m.firstToken();
        int k = head - 1;
        // "A, unlike the members,": a preposition makes the noun another phrase's, except in "one of the founders"
        WordList oneOf = Vocabulary.of(s.language(), "one-of");
        while (k >= 0 && head - k <= 3 && s.token(k).isWord() && !s.token(k).isCapitalised()
                && (s.token(k).pos() != Pos.ADP || k > 0 && s.normIs(k - 1, oneOf))) k--;
        if (k < 0 || !s.token(k).norm().equals(",")) return false;
        for (Mention m : s.mentions()) if (m.endToken() == k && m.isState() && !m.isDemonym()) return true;
        return false;
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
            if (!s.sameClause(h, list.get(0).firstToken()) || distance(s, h, list) > LIST_REACH) continue;
            if (best < 0 || distance(s, h, list) < distance(s, best, list)) best = h;
        }
        return best;
    }

    /** Words between the noun and the nearest name of the list, a relative clause between not counted. */
    private static int distance(SentenceView s, int token, List<Mention> list) {
        int best = Integer.MAX_VALUE;
        for (Mention m : list)
            best = Math.min(best, token < m.firstToken() ? s.wordsBetween(token, m.firstToken()) : s.wordsBetween(m.endToken() - 1, token));
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
