package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.MembershipStatus;

/**
 * An organisation said to include states, in the present tense: "The bloc also includes Armenia,
 * Belarus and Kazakhstan", "Der OVKS gehören Armenien und Belarus an", "В ОДКБ входят Армения и
 * Беларусь". Each state named as an actor is a member at the document's date.
 */
public final class MemberListVerbRule implements ClaimRule {

    @Override public String name() { return "member-list"; }

    /** "The observers include Mongolia": a clause naming a standing is the status statement's. */
    private static boolean namesAStanding(SentenceView s, int t) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.sameClause(i, t) && s.statusNouns().at(s, i) != null) return true;
        return false;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.findWord("includes", "include", "comprises", "comprise", "umfasst", "umfassen", "gehoren", "angehoren", "входят", "включает");
        if (t < 0 && s.findWord("gehort", "gehoren") >= 0 && s.findWord("an") >= 0) t = s.findWord("gehort", "gehoren");
        if (t < 0 || s.negated(t) || s.modal(t) || s.past(t) || namesAStanding(s, t)) return;
        String org = null;
        for (Mention m : s.organisations()) if (m.firstToken() < t || org == null) org = m.id();
        if (org == null && s.has(AccessionRule.ORG_NOUNS)) org = s.recentOrganisation();
        if (org == null) return;
        for (Mention m : s.actingStates())
            if (m.firstToken() > t || s.token(t).norm().startsWith("gehor") || s.token(t).norm().startsWith("вход"))
                out.emit(Memberships.at(m.id(), org, MembershipStatus.MEMBER, s.documentDate()), name(), 0.7);
    }
}
