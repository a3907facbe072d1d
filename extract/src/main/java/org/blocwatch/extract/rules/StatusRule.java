package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.MembershipStatus;

import java.util.Set;

/**
 * Standing short of full membership, at the document's date: "Turkmenistan nimmt als
 * assoziiertes Mitglied teil" (associate), "der SCO Beobachterstatus innerhalb der GUS gewähren"
 * (observer: the organisation after "in"/"innerhalb"/"bei" is the object, the other actor the
 * subject), "dialogue partner" (partner), "hat den Beitritt beantragt" (applicant).
 */
public final class StatusRule implements ClaimRule {
    private static final Set<String> WITHIN = Set.of("in", "innerhalb", "bei", "within", "at", "im", "в", "при");

    @Override public String name() { return "status"; }

    /** Observer status, not observers (people): "Beobachterstatus", "als Beobachter", "observer status", "статус наблюдателя". */
    private static int observer(SentenceView s) {
        int t = s.find("beobachterstatus", "beobachterrolle");
        if (t >= 0) return t;
        t = s.find("beobachter", "observer", "наблюдател");
        if (t < 1) return -1;
        String before = s.token(t - 1).norm();
        boolean status = before.equals("als") || before.equals("as") || before.equals("an") || before.equals("статус") || before.equals("качестве")
                || (t + 1 < s.tokens().size() && s.token(t + 1).norm().equals("status"));
        return status ? t : -1;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        MembershipStatus status = null;
        int t;
        if ((t = s.find("assoziiert", "associate", "ассоциирован")) >= 0) status = MembershipStatus.ASSOCIATE;
        else if ((t = observer(s)) >= 0) status = MembershipStatus.OBSERVER;
        else if ((t = s.find("dialogpartner")) >= 0) status = MembershipStatus.PARTNER;
        else if ((t = s.find("beitrittsantrag", "beitrittskandidat")) >= 0) status = MembershipStatus.APPLICANT;
        if (status == null || s.negated(t) || s.modal(t)) return;
        String object = null;
        Mention subject = null;
        for (Mention m : s.mentions()) {
            if (!m.isActor() || m.isDemonym()) continue;
            if (object == null && m.isOrganisation() && WITHIN.contains(s.wordBefore(m))) object = m.id();
            else if (subject == null && !s.afterPreposition(m)) subject = m;
        }
        if (object == null)
            for (Mention m : s.organisations()) if (m != subject) { object = m.id(); break; }
        if (object == null) object = s.recentOrganisation();
        if (subject == null || object == null || subject.id().equals(object)) return;
        out.emit(Memberships.at(subject.id(), object, status, s.documentDate()), name(), 0.8);
    }
}
