package org.blocwatch.extract.rules;

import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Poll;

/**
 * Shares of a population: "nur 39% der Kasachen sympathisierten mit Russland ... 59% ... 22%",
 * "according to a poll, 60% of Kazakhstanis ...", "по данным опроса, 40% казахстанцев". The
 * population is a people named right after a percentage ("der Kasachen"), or the state of a
 * sentence that speaks of a poll. Every level (not a change "um 5%") in the sentence is a result.
 */
public final class PollRule implements ClaimRule {

    @Override public String name() { return "poll"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        if (s.amounts().stream().noneMatch(Amount::isPercent)) return;
        if (s.has("handel", "warenumsatz", "trade", "товарооборот", "wachstum", "growth", "inflation")) return;
        String population = null;
        for (Amount a : s.amounts()) {
            if (!a.isPercent()) continue;
            for (Mention m : s.mentions()) {
                if (m.start() < a.end() || m.start() - a.end() > 12 || !m.isState() || !m.isDemonym()) continue;
                if (s.tokens().get(m.firstToken()).isCapitalised()) population = m.id();
            }
            if (population != null) break;
        }
        if (population == null && s.has("umfrage", "befragt", "poll", "survey", "опрос")) {
            for (Mention m : s.mentions()) if (m.isState()) { population = m.id(); break; }
        }
        if (population == null) return;
        TimeExpression t = s.time();
        DateRef at = t != null && t.date() != null ? DateRef.of(t.date()) : null;
        for (Amount a : s.amounts())
            if (a.isPercent() && !a.change()) out.emit(new Poll(population, null, a.value().stripTrailingZeros(), at), name(), 0.6);
    }
}
