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

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        MembershipStatus status = null;
        int t;
        if ((t = s.find("assoziiert", "associate", "ассоциирован")) >= 0) status = MembershipStatus.ASSOCIATE;
        else if ((t = s.find("beobachter", "observer", "наблюдател")) >= 0) status = MembershipStatus.OBSERVER;
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
