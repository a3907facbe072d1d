package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.MembershipStatus;

import java.util.List;
import java.util.Set;

/**
 * "Vollmitglieder der Gemeinschaft sind derzeit A, B und C", "Moldau bleibt Mitglied der GUS",
 * "Kazakhstan is a member of the CSTO": a present-tense copula with "Mitglied"/"member" makes
 * the named states members at the document's date. A plural noun takes every acting state of
 * the sentence, a singular one the first. "nur formell Mitglied" is a suspension, not this.
 */
public final class MemberStatementRule implements ClaimRule {
    private static final Set<String> COPULA = Set.of("ist", "sind", "bleibt", "bleiben", "blieb", "is", "are", "remains", "remain",
            "является", "являются", "остается", "остаются");

    @Override public String name() { return "member-statement"; }

    /** "sind derzeit", "bleibt": the copula belongs to the member noun only a few words away. */
    private static boolean copulaNear(SentenceView s, int t) {
        for (int i = Math.max(0, t - 4); i < Math.min(s.tokens().size(), t + 4); i++)
            if (COPULA.contains(s.token(i).norm())) return true;
        return false;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("mitglied", "vollmitglied", "member", "член");
        if (t < 0 || !copulaNear(s, t) || s.negated(t) || s.past(t)) return;
        String noun = s.token(t).norm();
        if (noun.equals("mitgliedern")) return;
        if (noun.startsWith("mitgliedsstaat") || noun.startsWith("mitgliedstaat") || noun.startsWith("mitgliedsland")) return;
        if (t >= 2 && s.token(t - 1).norm().startsWith("formell") && s.token(t - 2).norm().equals("nur")) return;
        String org = s.compoundOrganisation(t);
        if (org == null) org = s.organisationOrRecent();
        if (org == null) return;
        List<Mention> states = s.actingStates();
        if (states.isEmpty()) return;
        boolean plural = noun.endsWith("er") || noun.endsWith("ern") || noun.equals("members") || noun.equals("члены");
        for (Mention m : plural ? states : states.subList(0, 1))
            out.emit(Memberships.at(m.id(), org, MembershipStatus.MEMBER, s.documentDate()), name(), plural ? 0.85 : 0.75);
    }
}
