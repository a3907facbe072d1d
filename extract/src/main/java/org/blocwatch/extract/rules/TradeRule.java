package org.blocwatch.extract.rules;

import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.Qualifier;
import org.blocwatch.model.Trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Trade figures and their growth: "Russlands Warenaustausch mit den Staaten Zentralasiens liegt
 * über 30 Milliarden Dollar", "Der Handel Russlands mit Weißrussland hat 50 Milliarden Dollar
 * überschritten", "stieg der Warenumsatz zwischen Kyjiw und Minsk um 50%, zwischen Kyjiw und
 * Astana um 30%", "trade between Russia and China reached $240bn", "товарооборот ... составил".
 * Each "zwischen X und Y" pairs with the figures after it, up to the next "zwischen" ("grew by 37%
 * to $3.7 billion" gives both); otherwise the sentence must name exactly two parties.
 */
public final class TradeRule implements ClaimRule {

    @Override public String name() { return "trade"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("trade-words");
        if (t < 0 || s.amounts().isEmpty() || s.modal(t)) return;
        int investment = s.find("investment-words");
        if (investment >= 0 && investment < t) return;
        List<int[]> between = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.is(i, s.words("between-prepositions"))) between.add(new int[]{i});
        }
        for (int k = 0; k < between.size(); k++) {
            int[] b = between.get(k);
            List<String> pair = parties(s, s.listAfter(b[0]));
            if (pair.size() != 2) continue;
            int after = s.token(b[0]).end();
            int until = k + 1 < between.size() ? s.token(between.get(k + 1)[0]).start() : Integer.MAX_VALUE;
            List<Amount> figures = s.amounts().stream().filter(x -> x.start() > after && x.start() < until).toList();
            if (figures.isEmpty() && between.size() == 1)
                figures = s.amounts().stream().filter(x -> x.start() < after).reduce((x, y) -> y).map(List::of).orElse(List.of());
            for (Amount a : figures) emit(s, out, pair, a);
        }
        if (!between.isEmpty()) return;
        List<String> parties = new ArrayList<>();
        for (Mention m : s.mentions()) {
            String p = Figures.party(s, m);
            if (p != null && !parties.contains(p)) parties.add(p);
        }
        if (parties.size() == 2) emit(s, out, parties, s.amounts().get(0));
    }

    private static List<String> parties(SentenceView s, List<Mention> list) {
        List<String> out = new ArrayList<>();
        for (Mention m : list) {
            String p = Figures.party(s, m);
            if (p != null && !out.contains(p)) out.add(p);
        }
        return out;
    }

    private void emit(SentenceView s, ClaimSink out, List<String> pair, Amount a) {
        if (a.isPercent() && !a.change()) return;
        Qualifier q = a.qualifier();
        BigDecimal value = a.value().stripTrailingZeros();
        if (a.isPercent())
            out.emit(new Trade(pair, value, "%", Figures.period(s, s.time()), q, "growth"), name(), 0.7);
        else
            out.emit(new Trade(pair, value, a.unit(), Figures.period(s, s.time()), q, null), name(), 0.75);
    }
}
