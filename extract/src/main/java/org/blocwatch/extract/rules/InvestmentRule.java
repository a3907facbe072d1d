package org.blocwatch.extract.rules;

import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.clause.Clause;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Investment;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Period;

import java.util.List;

/**
 * Investment flowing from one party to another, each money figure of a clause about investment
 * ({@code investment-words}) with its own parties and period. The investor stands after a word of
 * origin ({@code source-prepositions}: "aus China", "from Russia", "из России"), is a people's
 * adjective before the investors ("Russian investors"), or acts before the investment word; the
 * recipient is the place the money goes to ("in Kasachstan", "в Белоруссию", "в белорусскую
 * экономику", "into the country" for the state in focus). The period is the time nearest before
 * the figure in its clause; a range said to recur yearly ({@code each-year}: "jährlich",
 * "ежегодно") is one claim per year. A figure in parentheses after another (a total to compare
 * with) is not a flow of its own.
 */
public final class InvestmentRule implements ClaimRule {

    @Override public String name() { return "investment"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        WordList words = Vocabulary.of(s.language(), "investment-words");
        for (Clause c : s.clauses()) {
            int t = firstWord(s, c, words);
            if (t < 0 || s.modal(t) || s.negated(t)) continue;
            List<Amount> money = s.amounts().stream().filter(a -> a.isMoney() && inClause(s, c, a)).toList();
            for (int k = 0; k < money.size(); k++) {
                Amount a = money.get(k);
                if (k > 0 && s.inParentheses(a)) continue;
                String from = investor(s, c, t), to = recipient(s, c);
                if (from == null || to == null || from.equals(to)) continue;
                TimeExpression time = s.timeBefore(s.tokenAt(a.start()), c);
                if (time != null && time.kind() == TimeExpression.Kind.RANGE && s.clauseHas(c, "each-year") && time.from() != null
                        && time.to() != null && time.to().year() - time.from().year() <= 10) {
                    for (int y = time.from().year(); y <= time.to().year(); y++) {
                        DateRef year = DateRef.of(PartialDate.ofYear(y));
                        out.emit(new Investment(from, to, a.value().stripTrailingZeros(), a.unit(), new Period(year, year), a.qualifier()), name(), 0.7);
                    }
                } else {
                    out.emit(new Investment(from, to, a.value().stripTrailingZeros(), a.unit(), Figures.period(s, time), a.qualifier()), name(), 0.7);
                }
            }
        }
    }

    private static int firstWord(SentenceView s, Clause c, WordList words) {
        for (int i = c.first(); i < c.end(); i++) if (s.normIs(i, words)) return i;
        return -1;
    }

    private static boolean inClause(SentenceView s, Clause c, Amount a) {
        int tok = s.tokenAt(a.start());
        return tok >= 0 && c.contains(tok);
    }

    /** The investor of the clause; else the party acting before the clause in the sentence ("Aktiv sind die USA, wenn es um Investitionen geht"). */
    private static String investor(SentenceView s, Clause c, int trigger) {
        WordList source = Vocabulary.of(s.language(), "source-prepositions");
        String actor = null, earlier = null;
        for (Mention m : s.mentions()) {
            if (m.firstToken() < c.first() && s.argument(m) == Argument.ACTOR && Figures.party(s, m) != null) earlier = Figures.party(s, m);
            if (!c.contains(m.firstToken())) continue;
            if (source.contains(s.wordBefore(m)) && Figures.party(s, m) != null) return Figures.party(s, m);
            if (m.isDemonym() && m.isState() && m.endToken() == trigger) return m.id();
            if (actor == null && m.endToken() <= trigger && s.argument(m) == Argument.ACTOR) actor = Figures.party(s, m);
        }
        return actor != null ? actor : earlier;
    }

    /** Where the money goes: a party in the role of a place, or the state owning the place noun ("in die Wirtschaft Kasachstans"). */
    private static String recipient(SentenceView s, Clause c) {
        WordList places = Vocabulary.of(s.language(), "place-prepositions");
        for (Mention m : s.mentions()) {
            if (!c.contains(m.firstToken())) continue;
            boolean place = s.argument(m) == Argument.PLACE || s.ownerOfPlace(m, places);
            if (!place) continue;
            if (m.isDemonym() && m.isState()) return m.id();
            String p = Figures.party(s, m);
            if (p != null) return p;
        }
        return null;
    }
}
