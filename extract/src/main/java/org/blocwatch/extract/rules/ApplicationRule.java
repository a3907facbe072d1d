package org.blocwatch.extract.rules;

import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;

/**
 * Applications for membership: "Iceland applied to join the union in 2009", "Norwegen beantragte den
 * Beitritt zur Union", "Исландия подала заявку на вступление в союз". A verb of applying ({@code
 * apply-verbs}) or an application noun ({@code application-words}) makes a state an applicant when its
 * clause also speaks of joining or membership ({@code accession-nouns}, {@code member-nouns}, {@code
 * status-changes}, or the noun is a compound of accession). The applicant is the subject of the verb, or the
 * owner of the noun ("Iceland's application", "заявка Исландии") or the one submitting it; the
 * organisation is the one named after the trigger in its clause, else before it, else the compound's ("EU-Beitrittsantrag").
 * A dated application starts the standing; undated, it holds at the document's date in the present
 * and is left open in the past. A negated, intended or withdrawn application claims nothing, and
 * neither does one for another standing ("applied for observer status").
 */
public final class ApplicationRule implements ClaimRule {
    @Override public String name() { return "application"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("apply-verbs");
        boolean verb = t >= 0;
        if (!verb) t = s.find("application-words");
        if (t < 0 || s.negated(t) || s.modal(t)) return;
        Clause c = s.clauseOf(t);
        if (c == null || !aboutJoining(s, c, t) || s.clauseHas(c, "retract-verbs") || otherStanding(s, c)) return;
        String org = organisation(s, t);
        String subject = applicant(s, t, verb);
        if (org == null || subject == null || subject.equals(org)) return;
        TimeExpression time = s.timeNearInClause(t);
        // "applied in 2009": the standing began on the day of the application
        Membership body = time != null && time.kind() == TimeExpression.Kind.POINT
                ? new Membership(subject, org, MembershipStatus.APPLICANT, time.date(), null, null)
                : Memberships.during(subject, org, MembershipStatus.APPLICANT, time, s.past(t) ? null : s.documentDate());
        out.emit(body, name(), time == null ? 0.65 : 0.75);
    }

    /** "applied to join", "die Mitgliedschaft beantragt", "заявку на вступление", or a compound that says it ("Beitrittsantrag"). */
    private static boolean aboutJoining(SentenceView s, Clause c, int trigger) {
        return s.clauseHas(c, "accession-nouns") || s.clauseHas(c, "member-nouns") || s.clauseHas(c, "status-changes")
                || s.is(trigger, s.words("applicant-nouns"));
    }

    /** "applied for observer status": a standing below membership is asked for, which the schema has no applicant for. */
    private static boolean otherStanding(SentenceView s, Clause c) {
        for (int i = c.first(); i < c.end(); i++) {
            MembershipStatus st = s.statusNouns().at(s, i);
            if (st != null && st != MembershipStatus.MEMBER && st != MembershipStatus.APPLICANT) return true;
        }
        return false;
    }

    /** The first organisation after the trigger in its clause, else the last before it ("die Mitgliedschaft in der SOZ beantragt"), else the compound's. */
    private static String organisation(SentenceView s, int trigger) {
        String before = null;
        for (Mention m : s.organisations()) {
            if (!s.sameClause(m.firstToken(), trigger)) continue;
            if (m.firstToken() > trigger) return m.id();
            before = m.id();
        }
        return before != null ? before : s.compoundOrganisation(trigger);
    }

    /**
     * Who applies: the subject of a verb of applying; for a noun its owner ("Iceland's application", "заявка Исландии"),
     * else the subject of a verb of submitting it ("Iceland submitted an application", "Исландия подала заявку"). The
     * subject of another verb ("Russia criticised the application of Iceland") is no applicant.
     */
    private static String applicant(SentenceView s, int trigger, boolean verb) {
        if (!verb) {
            Mention owner = s.stateOwning(trigger);
            if (owner != null) return owner.id();
            Clause c = s.clauseOf(trigger);
            if (c == null || !s.clauseHas(c, "submit-verbs")) return null;
        }
        String actor = s.actorOf(trigger);
        return actor != null && s.isState(actor) ? actor : null;
    }

}
