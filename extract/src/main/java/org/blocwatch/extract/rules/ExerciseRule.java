package org.blocwatch.extract.rules;

import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Military exercises and their outcome: boycotted ("die usbekischen Streitkräfte nahmen an den
 * OVKS-Militärübungen nicht teil" - the state that stayed away), cancelled ("die Absage der
 * OVKS-Militärübung in Kirgisistan" - the host), held ("während der OVKS-Militärübungen in
 * Tadschikistan wurde ... geübt" - the host), or announced participation ("die Teilnahme an
 * NATO-Militärübungen verkündet" - the participant, no outcome).
 */
public final class ExerciseRule implements ClaimRule {

    @Override public String name() { return "exercise"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("exercise-nouns");
        if (t < 0 || s.modal(t)) return;
        String org = s.compoundOrganisation(t);
        if (org == null) for (Mention m : s.organisations()) { org = m.id(); break; }
        List<Mention> hosts = s.statesAfter("venue-prepositions");
        List<Mention> governed = s.statesAfter(Words.NON_ACTOR_PREPOSITIONS);
        List<String> actors = new ArrayList<>();
        for (Mention m : s.mentions())
            if (m.isState() && !governed.contains(m) && s.argument(m) != Argument.PLACE && !s.compoundModifier(m) && !actors.contains(m.id())
                    && !m.id().equals(org)) actors.add(m.id());
        String outcome;
        List<String> participants;
        int stayedAway = s.find("participation-words");
        if (stayedAway >= 0 && s.negated(stayedAway)) {
            outcome = "boycotted";
            participants = actors.isEmpty() ? ids(hosts) : actors;
        } else if (s.has("cancel-words") || s.findPhrase("cancel-phrases") >= 0) {
            outcome = "cancelled";
            participants = hosts.isEmpty() ? actors : ids(hosts);
        } else if (s.has("participation-nouns")) {
            outcome = null;
            participants = actors;
        } else if (s.has("held-words") || !hosts.isEmpty()) {
            outcome = "held";
            participants = hosts.isEmpty() ? actors : ids(hosts);
        } else {
            return;
        }
        if (participants.isEmpty() || (org == null && outcome != null && participants.size() > 2)) return;
        String place = hosts.isEmpty() ? null : hosts.get(0).placeName();
        out.emit(Events.of(EventKind.EXERCISE, participants, org, place, s.timeNear(t), outcome), name(), 0.65);
    }

    private static List<String> ids(List<Mention> ms) { return ms.stream().map(Mention::id).distinct().toList(); }
}
