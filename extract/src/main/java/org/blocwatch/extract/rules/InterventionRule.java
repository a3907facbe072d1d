package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Forces deployed into a state: "der russische Militäreinsatz in Kasachstan im Jahr 2022",
 * "die OVKS-Streitkräfte wurden ... in Kasachstan eingesetzt" (troops count only with a verb of
 * sending: a base or troops merely stationed are no intervention), "Missionen in Kosovo, Bosnien und
 * Herzegowina sowie in Afghanistan", "Russia deployed troops to Kazakhstan". The deploying side is
 * an organisation (named, in a compound, or for "Missionen" the one last named) or a state by
 * demonym or name; the host is each state after "in"/"nach". One claim per host. Peacekeepers
 * ({@code peacekeeping-words}) with no host named go where the passage last placed itself: the
 * state of the region or city named in the sentences before. A peacekeeping mandate extended ({@code mandate-nouns},
 * {@code extend-verbs}) is the mission going on: outcome "mandate extended".
 */
public final class InterventionRule implements ClaimRule {

    @Override public String name() { return "intervention"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("intervention-nouns");
        if (t < 0 && s.has("deploy-verbs")) t = s.find("troop-nouns");
        if (mandateExtended(s, out) || t < 0 || s.negated(t) || s.modal(t) || s.denied(t)) return;
        String deployer = s.compoundOrganisation(t);
        List<Mention> hosts = hosts(s);
        if (deployer == null)
            for (Mention m : s.mentions()) {
                if (hosts.contains(m) || !(m.isOrganisation() || m.isState())) continue;
                deployer = m.id();
                break;
            }
        boolean mission = s.is(t, s.words("mission-nouns"));
        if (deployer == null && mission) deployer = s.recentOrganisation();
        boolean peacekeeping = peacekeeping(s);
        if (deployer != null && hosts.isEmpty() && peacekeeping) {
            // "russische Friedenstruppen haben ihren Einsatz begonnen": where, the passage has said
            String host = s.stateOfPlaceNamedBefore(3);
            if (host != null && !host.equals(deployer)) {
                out.emit(Events.of(EventKind.INTERVENTION, List.of(deployer, host), null, null, s.timeNear(t), "peacekeeping"), name(), 0.55);
                return;
            }
        }
        if (deployer == null || hosts.isEmpty()) return;
        String org = s.organisations().stream().map(Mention::id).filter(deployer::equals).findFirst()
                .orElse(mission ? deployer : null);
        for (Mention host : hosts) {
            if (host.id().equals(deployer)) continue;
            List<String> participants = new ArrayList<>(List.of(deployer, host.id()));
            out.emit(Events.of(EventKind.INTERVENTION, participants, org, host.placeName(), s.timeNear(t), peacekeeping ? "peacekeeping" : null),
                    name(), 0.65);
        }
    }

    /**
     * "The summit extended the mandate of the peacekeepers in Abkhazia", "продлил мандат миротворцев в Приднестровье":
     * a peacekeeping mission goes on, of the organisation named or in focus, in the state of the place named.
     */
    private boolean mandateExtended(SentenceView s, ClaimSink out) {
        int mandate = s.find("mandate-nouns");
        if (mandate < 0 || !s.has("extend-verbs") || !peacekeeping(s) || s.negated(mandate) || s.modal(mandate)) return false;
        String org = s.organisations().isEmpty() ? s.recentOrganisation() : s.organisations().get(0).id();
        Mention place = null;
        for (Mention m : s.mentions()) if (place == null && !m.isState() && Events.stateOfPlace(m) != null) place = m;
        String host = place != null ? Events.stateOfPlace(place) : hosts(s).isEmpty() ? null : hosts(s).get(0).id();
        if (org == null || host == null || host.equals(org)) return false;
        out.emit(Events.of(EventKind.INTERVENTION, List.of(org, host), org, place != null ? place.placeName() : null, s.timeNear(mandate),
                "mandate extended"), name(), 0.6);
        return true;
    }

    /** Peacekeepers in the sentence: a word ({@code peacekeeping-words}) or a hyphenated phrase ("peace-keeping"). */
    private static boolean peacekeeping(SentenceView s) {
        return s.hasWordOrPhrase("peacekeeping-words", "peacekeeping-phrases");
    }

    /** Where forces go: after "in", "nach", "into", "в", or the object of "entered". */
    private static List<Mention> hosts(SentenceView s) {
        List<Mention> out = new ArrayList<>(s.statesAfter("host-prepositions"));
        for (Mention m : s.statesAfter("host-verbs")) if (!out.contains(m)) out.add(m);
        return out;
    }
}
