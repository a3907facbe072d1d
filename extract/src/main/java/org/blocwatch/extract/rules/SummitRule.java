package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Summits of an organisation or format: "GUS-Gipfel in Duschanbe", "Gipfeltreffen der OVKS im Mai
 * 2022", "informelles GUS-Treffen", "the CSTO summit in Yerevan". The organisation is the
 * compound's modifier or the one named in the sentence; participants are the states acting in
 * the sentence (persons by nationality), or the organisation's members when none is named.
 */
public final class SummitRule implements ClaimRule {

    @Override public String name() { return "summit"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("gipfel", "summit", "саммит");
        String org = null;
        if (t >= 0) {
            org = s.compoundOrganisation(t);
            if (org == null) for (Mention m : s.organisations()) { org = m.id(); break; }
        } else {
            int meeting = s.find("treffen", "meeting", "встреч");
            if (meeting >= 0) { org = s.compoundOrganisation(meeting); t = meeting; }
        }
        if (t < 0 || org == null || s.modal(t)) return;
        List<String> participants = new ArrayList<>();
        for (String state : s.actorStates(false)) if (!participants.contains(state)) participants.add(state);
        for (Mention m : s.statesAfter(Events.IN)) participants.remove(m.id());
        if (participants.isEmpty() || s.negated(t)) participants = List.of("members:" + org);
        out.emit(Events.of(EventKind.SUMMIT, participants, org, Events.place(s), s.time(), null), name(), 0.7);
    }
}
