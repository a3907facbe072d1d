package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.MembershipStatus;

import java.util.Set;

/**
 * "kein anderer OVKS-Mitgliedsstaat außer Russland", "nur drei NATO-Mitgliedsstaaten ...
 * Spanien ... Griechenland", "CSTO member states such as Armenia": states named beside an
 * organisation's "member states" are its members at the document's date. Only states named after
 * the noun count ("Russland warf den NATO-Mitgliedsstaaten vor" makes Russia no member), and not
 * as the object of a preposition or a genitive attribute of another noun ("die Gerichtsbarkeit der Ukraine").
 */
public final class MemberStateRule implements ClaimRule {

    @Override public String name() { return "member-state"; }

    /** "zwischen den OVKS-Mitgliedsstaaten und der Ukraine": a state set beside the members, not among them. */
    private static boolean coordinatedWithTheNoun(SentenceView s, int noun, Mention m) {
        if (m.firstToken() <= noun) return false;
        for (int i = noun + 1; i < m.firstToken(); i++) {
            String n = s.token(i).norm();
            if (!s.words("conjunctions").contains(n) && !s.words("articles").contains(n)) return false;
        }
        return true;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("member-state-nouns");
        String org = t < 0 ? null : s.compoundOrganisation(t);
        if (t < 0) {
            int member = s.findPhrase("member-state-phrases");
            if (member < 0) return;
            org = s.compoundOrganisation(member);
            if (org == null && member > 0)
                for (Mention m : s.organisations()) if (m.endToken() == member) org = m.id();
            t = member;
        }
        if (org == null) {
            int j = t + 1;
            while (j < s.tokens().size() && s.normIs(j, s.words("member-state-links"))) j++;
            for (Mention m : s.organisations()) if (m.firstToken() == j) org = m.id();
        }
        // "former CSTO member states": once members, when is not said
        if (org == null || s.former(t)) return;
        for (Mention m : s.actingStates())
            if (m.firstToken() > t && !s.genitiveAttribute(m) && !coordinatedWithTheNoun(s, t, m)) out.emit(Memberships.at(m.id(), org, MembershipStatus.MEMBER, s.documentDate()), name(), 0.7);
    }
}
