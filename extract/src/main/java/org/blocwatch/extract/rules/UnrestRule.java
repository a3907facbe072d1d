package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.List;

/**
 * Mass protests and riots in a state: "nach den Protesten in Belarus im August 2020",
 * "die Unruhen in Chorog 2022" (a city, placed in its state by the knowledge base), "protests in
 * Belarus", "беспорядки в Казахстане". "Niederschlagung"/"suppressed" sets the outcome.
 */
public final class UnrestRule implements ClaimRule {

    @Override public String name() { return "unrest"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("unruhen", "massenunruhen", "aufstand", "aufstande", "proteste", "massenprotest", "demonstrationen", "riots",
                "unrest", "uprising", "protests", "беспорядк", "протест", "восстани");
        if (t < 0 || s.negated(t) || s.modal(t)) return;
        String outcome = s.has("niederschlag", "niedergeschlagen", "suppress", "crushed", "подавл") ? "suppressed" : null;
        for (Mention m : s.mentions()) {
            if (m.firstToken() <= t || m.firstToken() > t + 4) continue;
            String word = s.wordBefore(m);
            if (!Events.IN.contains(word) && !word.equals("von") && !word.equals("of")) continue;
            String state = Events.stateOfPlace(m);
            if (state == null) continue;
            String place = m.placeName();
            out.emit(Events.of(EventKind.UNREST, List.of(state), null, place, s.timeNear(t), outcome), name(), 0.7);
            return;
        }
    }
}
