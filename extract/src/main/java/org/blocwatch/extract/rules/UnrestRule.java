package org.blocwatch.extract.rules;

import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.List;

/**
 * Mass protests and riots in a state: "nach den Protesten in Belarus im August 2020",
 * "die Unruhen in Chorog 2022" (a city, placed in its state by the knowledge base), "protests in
 * Belarus", "беспорядки в Казахстане", or a place of the clause before it ("In der Hauptstadt X kam es zu
 * Ausschreitungen"); the words are {@code unrest-words}. "Niederschlagung"/"suppressed" sets the outcome.
 */
public final class UnrestRule implements ClaimRule {

    @Override public String name() { return "unrest"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.findWord(Vocabulary.of(s.language(), "unrest-words"));
        if (t < 0 || s.negated(t) || s.modal(t)) return;
        String outcome = s.has("suppression-words") ? "suppressed" : null;
        for (Mention m : s.mentions()) {
            String word = s.wordBefore(m);
            boolean after = m.firstToken() > t && m.firstToken() <= t + 4 && (s.words("venue-prepositions").contains(word) || s.words("genitive-prepositions").contains(word));
            boolean placed = s.argument(m) == Argument.PLACE && s.sameClause(m.firstToken(), t);
            if (!after && !placed) continue;
            String state = Events.stateOfPlace(m);
            if (state == null) continue;
            String place = m.placeName();
            out.emit(Events.of(EventKind.UNREST, List.of(state), null, place, s.timeNear(t), outcome), name(), 0.7);
            return;
        }
    }
}
