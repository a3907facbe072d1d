package org.blocwatch.extract.rules;

import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.Investment;

/**
 * Investment flowing between two parties: "die USA ... Direktinvestitionen in die Wirtschaft
 * Kasachstans (über 62 Milliarden US-Dollar seit 1993)", "China invested $10bn in Kyrgyzstan".
 * The investor is named before the investment word, the recipient after it.
 */
public final class InvestmentRule implements ClaimRule {

    @Override public String name() { return "investment"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("investition", "direktinvestition", "investiert", "invest", "инвестиц", "вложени");
        if (t < 0 || s.modal(t) || s.negated(t)) return;
        Amount money = s.amounts().stream().filter(Amount::isMoney).findFirst().orElse(null);
        if (money == null) return;
        String from = null, to = null;
        for (Mention m : s.mentions()) {
            String p = Figures.party(s, m);
            if (p == null) continue;
            if (m.endToken() <= t && from == null) from = p;
            else if (m.firstToken() > t && to == null) to = p;
        }
        if (from == null || to == null || from.equals(to)) return;
        out.emit(new Investment(from, to, money.value().stripTrailingZeros(), money.unit(), Figures.period(s, s.time()), money.qualifier()),
                name(), 0.7);
    }
}
