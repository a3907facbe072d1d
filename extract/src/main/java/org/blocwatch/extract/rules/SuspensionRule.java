package org.blocwatch.extract.rules;

import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.Membership;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.MembershipStatus;


/**
 * Suspended, frozen or boycotted participation, which leaves a state a member de jure:
 * "Moldau hat seine Teilnahme an GUS-Treffen seit 2022 ausgesetzt", "boykottierte weiterhin
 * die GUS-Treffen", "war nur formell Mitglied", "Ukraine suspended its participation in the
 * CIS", "приостановила участие", "setzte seine Mitgliedschaft aus" ({@code suspend-phrases}), "не участвует в работе
 * СНГ" (a negated participation in the present, in an organisation's work: {@code activity-nouns}). The subject is the acting state nearest before the verb ("das
 * Land" for the state last named); "seit" gives the start,
 * a range the span, no time the document's date.
 */
public final class SuspensionRule implements ClaimRule {

    @Override public String name() { return "suspension"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = trigger(s);
        if (t < 0 || s.modal(t)) return;
        String org = null;
        for (Mention m : s.organisations()) { org = m.id(); break; }
        if (org == null) org = s.recentOrganisation();
        if (org == null) return;
        String subject = s.actorOf(t);
        if (subject == null) return;
        TimeExpression time = s.timeNear(t);
        // "froze its participation in 2024": the suspension began then; a boycott of one meeting holds on its day
        boolean boycott = s.is(t, s.words("boycott-words"));
        Membership body = time != null && time.kind() == TimeExpression.Kind.POINT && !boycott
                ? new Membership(subject, org, MembershipStatus.SUSPENDED, time.date(), null, null)
                : Memberships.during(subject, org, MembershipStatus.SUSPENDED, time, s.past(t) ? null : s.documentDate());
        out.emit(body,
                name(), 0.75);
    }

    private static int trigger(SentenceView s) {
        int participation = s.find("suspended-objects");
        int stop = s.find("suspend-verbs");
        if (stop < 0) stop = s.findPhrase("suspend-phrases");
        if (participation >= 0 && stop >= 0 && !s.negated(stop)) return stop;
        // "Молдавия не участвует в работе СНГ": staying out of an organisation's work, said of the present
        int part = s.find("participation-words");
        if (part >= 0 && s.negated(part) && !s.past(part) && s.has("activity-nouns") && !s.has("exercise-nouns")) return part;
        int boycott = s.find("boycott-words");
        if (boycott >= 0 && !s.negated(boycott)) return boycott;
        int formal = s.find("formally");
        if (formal >= 1 && s.is(formal - 1, s.words("only")) && s.findFrom(formal, "member-stems") >= 0) return formal;
        return -1;
    }
}
