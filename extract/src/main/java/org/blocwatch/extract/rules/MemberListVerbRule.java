package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.model.MembershipStatus;

import java.util.List;

/**
 * An organisation said to include states, in the present tense: "The bloc also includes Armenia,
 * Belarus and Kazakhstan", "Der OVKS gehören Armenien und Belarus an", "В ОДКБ входят Армения и
 * Беларусь" ({@code inclusion-verbs}). Each state of a list standing right before or after the verb
 * is a member at the document's date, or over the time its clause gives ("gehört seit 1992 der OVKS an"); with no
 * organisation named, the one in focus is meant. A participle of
 * belonging ({@code inclusion-participles}) may follow the list after a comma: "Армения, входящая в ОДКБ,".
 */
public final class MemberListVerbRule implements ClaimRule {

    @Override public String name() { return "member-list"; }

    /** "The observers include Mongolia": a clause naming a standing is the status statement's. */
    private static boolean namesAStanding(SentenceView s, int t) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.sameClause(i, t) && s.statusNouns().at(s, i) != null) return true;
        return false;
    }

    /** How far the list may stand from the verb: "includes Armenia", "в её состав входят А", "zu der A und B gehören". */
    private static final int LIST_REACH = 3;

    /** A comma or dash between verb and list: the list belongs to another phrase ("… gehören – hat Duschanbe …"). */
    private static boolean punctuationBetween(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) if (s.token(i).norm().equals(",") || (s.token(i).isDash() && !s.token(i).glued())) return true;
        return false;
    }

    /** How far a colon may open the list after the verb: "входят шесть государств: A, B". */
    private static final int COLON_REACH = 6;

    /** "umfasst sechs Staaten: A, B", "includes six states: A, B": a colon right before the list, near the verb, no comma between. */
    private static boolean colonOpens(SentenceView s, int verb, int list) {
        return list - verb <= COLON_REACH && s.token(list - 1).norm().equals(":") && !punctuationBetween(s, verb, list);
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.findWord(Vocabulary.of(s.language(), "inclusion-verbs"));
        // "Армения, входящая в ОДКБ,": a participle of belonging set off by a comma after the states
        boolean participle = t < 0;
        if (participle) t = s.findWord(Vocabulary.of(s.language(), "inclusion-participles"));
        if (t < 0 || s.negated(t) || s.modal(t) || s.past(t) || namesAStanding(s, t)) return;
        String org = null;
        for (Mention m : s.organisations()) if (m.firstToken() < t || org == null) org = m.id();
        if (org == null) org = s.recentOrganisation();
        if (org == null) return;
        // "gehört seit 1992 der OVKS an": a time of the verb's clause dates the membership
        TimeExpression time = s.timeNearInClause(t);
        for (Mention m : s.actingStates()) {
            List<Mention> list = s.listOf(m);
            Mention first = list.get(0), last = list.get(list.size() - 1);
            boolean after = first.firstToken() > t && (s.wordsBetween(t, first.firstToken()) <= LIST_REACH && !punctuationBetween(s, t, first.firstToken())
                    || colonOpens(s, t, first.firstToken()));
            boolean before = last.endToken() <= t && s.wordsBetween(last.endToken() - 1, t) <= LIST_REACH
                    && (participle ? s.wordsBetween(last.endToken() - 1, t) <= 2 : !punctuationBetween(s, last.endToken(), t));
            if (after || before) out.emit(Memberships.during(m.id(), org, MembershipStatus.MEMBER, time, s.documentDate()), name(), 0.7);
        }
    }
}
