package org.blocwatch.extract.rules;

import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;

import java.util.List;
import java.util.Set;

/** Builds event bodies, and finds what most event rules need: a date and a place. */
final class Events {
    private Events() {}

    static Event of(EventKind kind, List<String> participants, String org, String place, TimeExpression t, String outcome) {
        DateRef date = t == null || t.date() == null ? null : DateRef.of(t.date());
        return new Event(kind, participants, org, place, date, outcome);
    }

    /** The first place of the sentence: a name in the role of a place, or after "nach"/"auf" (a capital counts as its city here). */
    static String place(SentenceView s) {
        for (Mention m : s.mentions()) {
            if (s.argument(m) != Argument.PLACE && !s.words("venue-prepositions").contains(s.wordBefore(m))) continue;
            String name = m.placeName();
            if (name != null) return name;
        }
        return null;
    }

    /** The first place after "in"/"auf" that is a place only, not a state ("auf Armenien" is a target, not a place). */
    static String placeNotState(SentenceView s) {
        for (Mention m : s.mentions()) {
            if (!s.words("venue-prepositions").contains(s.wordBefore(m)) || m.isState()) continue;
            String name = m.placeName();
            if (name != null) return name;
        }
        return null;
    }

    /** The state a place lies in, when the knowledge base records it ("Osch" -> KGZ). */
    static String stateOfPlace(Mention m) {
        for (var sense : m.senses()) {
            String c = sense.entity().code("in");
            if (c != null) return c;
        }
        return m.isState() && !m.isDemonym() ? m.id() : null;
    }
}
