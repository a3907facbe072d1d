package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests for assistance: "Er rief das Bündnis OVKS zu Hilfe", "auf Ersuchen Tokajews",
 * "die Zurückweisung der Bitte Armeniens um Hilfe durch die OVKS und Russland", "Kazakhstan
 * requested assistance from the CSTO", "обратился за помощью". The requesting state comes first
 * (a person stands for their state; "Er" for the person last named), the addressed
 * organisations and states follow. A refusal sets the outcome.
 */
public final class AssistanceRequestRule implements ClaimRule {

    @Override public String name() { return "assistance-request"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = trigger(s);
        if (t < 0 || s.modal(t)) return;
        String requester = null;
        List<String> addressees = new ArrayList<>();
        for (Mention m : s.mentions()) {
            String id = m.isPerson() ? s.stateOf(m) : m.isActor() ? m.id() : null;
            if (id == null || m.kind() == org.blocwatch.model.EntityKind.GROUP) continue;
            boolean addressed = m.isOrganisation() || m.isDemonym() || "durch".equals(s.wordBefore(m)) || "by".equals(s.wordBefore(m))
                    || (m.firstToken() < t && m.isState() && "von".equals(s.wordBefore(m)));
            if (m.isState() && s.words("venue-prepositions").contains(s.wordBefore(m))) continue;
            if (!addressed && requester == null) requester = id;
            else if (!addressees.contains(id)) addressees.add(id);
        }
        addressees.remove(requester);
        if (requester == null || addressees.isEmpty()) return;
        List<String> participants = new ArrayList<>(List.of(requester));
        participants.addAll(addressees);
        String org = addressees.stream().filter(id -> s.organisations().stream().anyMatch(m -> m.id().equals(id))).findFirst().orElse(null);
        String outcome = s.has("refusal-words")
                ? "refused" : null;
        out.emit(Events.of(EventKind.ASSISTANCE_REQUEST, participants, org, null, s.timeNear(t), outcome), name(), 0.65);
    }

    private static int trigger(SentenceView s) {
        int help = s.find("help-nouns");
        if (help >= 0 && s.has("request-words")) return help;
        return s.find("request-nouns");
    }
}
