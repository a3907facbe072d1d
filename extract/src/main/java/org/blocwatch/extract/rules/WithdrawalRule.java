package org.blocwatch.extract.rules;

import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;

/**
 * Withdrawals: "2012 ist Usbekistan aus der OVKS ausgetreten", "Aserbaidschan, Georgien und
 * Usbekistan haben die Organisation verlassen" (dated by the sentence before when that one
 * names the "Austritt"), "Georgia withdrew from the CIS in 2009", "вышла из СНГ". The end of
 * membership is the sentence's time. "will austreten", "droht mit dem Austritt" and negations
 * are intentions or denials, not withdrawals, and a withdrawn application is no withdrawal. A withdrawal
 * named by a noun with its state and date ({@code withdrawal-nouns}, {@link NominalChange}) is one too.
 */
public final class WithdrawalRule implements ClaimRule {

    @Override public String name() { return "withdrawal"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        // "der Austritt Georgiens aus der GUS 2009", "после выхода Грузии из СНГ в 2009 году"
        NominalChange change = NominalChange.find(s, "withdrawal-nouns");
        if (change != null) out.emit(Memberships.until(change.state().id(), change.org().id(), change.time()), name(), 0.7);
        int t = s.find("withdrawal-verbs");
        if (t < 0) t = s.findPhrase("withdrawal-phrases");
        if (t < 0 || s.negated(t) || s.modal(t) || s.attributiveParticiple(t, "withdrawal-verbs")) return;
        // "withdrew its application": an application taken back, the application rule's clause
        Clause c = s.clauseOf(t);
        if (c != null && s.clauseHas(c, "application-words")) return;
        String org = null;
        for (Mention m : s.organisations()) { org = m.id(); break; }
        if (org == null) org = s.recentOrganisation();
        if (org == null) return;
        TimeExpression time = s.timeOrPrevious("withdrawal-related");
        for (Mention m : s.actingStates())
            out.emit(Memberships.until(m.id(), org, time), name(), time == null ? 0.6 : 0.8);
    }
}
