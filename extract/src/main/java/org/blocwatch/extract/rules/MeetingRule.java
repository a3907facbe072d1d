package org.blocwatch.extract.rules;

import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bilateral meetings and phone calls between exactly two states, which the sentence names
 * through persons (by nationality), role phrases ("den russischen Energieminister") or states:
 * "das Gespräch zwischen Emomali Rachmon und Sadyr Dschaparow", "Mirsijojew empfing den russischen
 * Außenminister", "Lukaschenko hatte mit Putin telefoniert", "Putin spoke by phone with Tokayev".
 * A state named only as a place ("in Alaska") does not take part; "er"/"he" with one other
 * side named is the person last named. "Treffen" as the head of an
 * organisation's compound ("GUS-Treffen") is a summit, not this. The words are {@code phone-words} and
 * {@code meeting-words} ("traf", "talks", "переговоры"); a verb of calling is a phone call when the person called
 * follows it ({@code call-verbs}: "Putin called Tokayev").
 */
public final class MeetingRule implements ClaimRule {

    @Override public String name() { return "meeting"; }

    /**
     * "Putin called Tokayev": a verb of calling ({@code call-verbs}) with the person called right after it, or -1. An
     * article after the person names him ("called Tokayev a friend"): no call.
     */
    private static int callOfAPerson(SentenceView s) {
        WordList calls = Vocabulary.of(s.language(), "call-verbs"), articles = Vocabulary.of(s.language(), "articles");
        for (Mention m : s.mentions()) {
            if (!m.isPerson() || m.firstToken() == 0 || !s.normIs(m.firstToken() - 1, calls)) continue;
            if (m.endToken() < s.tokens().size() && s.normIs(m.endToken(), articles)) continue;
            return m.firstToken() - 1;
        }
        return -1;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        EventKind kind = EventKind.PHONE_CALL;
        int t = s.findWord(Vocabulary.of(s.language(), "phone-words"));
        if (t < 0) t = callOfAPerson(s);
        if (t < 0) {
            kind = EventKind.BILATERAL_MEETING;
            t = s.findWord(Vocabulary.of(s.language(), "meeting-words"));
            if (t >= 0 && s.compoundOrganisation(t) != null) return;
        }
        if (t < 0 || s.negated(t) || s.modal(t) || s.denied(t)) return;
        Set<String> states = new LinkedHashSet<>();
        List<Mention> places = s.statesAfter("venue-prepositions");
        for (Mention m : s.mentions()) {
            if (m.isPerson()) {
                String st = s.stateOf(m);
                if (st != null) states.add(st);
            } else if (m.isState() && !m.isDemonym() && !places.contains(m) && s.argument(m) == Argument.ACTOR) {
                states.add(m.id());
            }
        }
        for (RoleMention r : s.roles()) if (r.of() != null && s.isState(r.of())) states.add(r.of());
        if (states.size() != 2) return;
        out.emit(Events.of(kind, new ArrayList<>(states), null, Events.place(s), s.timeNear(t), null), name(), 0.7);
    }
}
