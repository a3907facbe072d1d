package org.blocwatch.extract.rules;

import org.blocwatch.extract.amount.Amount;
import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Poll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares of a population, each figure with its own. A people named right after a percentage
 * ("39% der Kasachen", "40 процентов казахстанцев") is the population of every figure of the
 * sentence. Otherwise, where the sentence or one of the {@value #CONTEXT} before it speaks of a poll
 * ({@code poll-words}), the states of the sentence are the populations: when a state stands before
 * the first figure, each state belongs to the next figure after it ("in A, B and C it is 60%",
 * "В Армении показатель составляет 55%"); else each belongs to the figure before it ("80% in A,
 * 72% in B"). The population is who was asked, not what the question is about: a state after the
 * last figure of a states-first sentence is left alone. Changes ("um 5%") are no results, and a
 * sentence with figures of the economy ({@code economy-words}) reports none.
 */
public final class PollRule implements ClaimRule {
    static final int CONTEXT = 5;
    /** How far (in characters) after a percentage its people may be named: "39 % der Kasachen". */
    private static final int PEOPLE_REACH = 12;

    @Override public String name() { return "poll"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        List<Amount> figures = s.amounts().stream().filter(a -> a.isPercent() && !a.change()).toList();
        if (figures.isEmpty() || s.has(Vocabulary.of(s.language(), "economy-words"))) return;
        Map<Amount, List<String>> populations = new LinkedHashMap<>();
        String people = people(s, figures);
        if (people != null) {
            for (Amount a : figures) populations.put(a, List.of(people));
        } else if (s.hereOrEarlier(Vocabulary.of(s.language(), "poll-words"), CONTEXT)) {
            assignStates(s, figures, populations);
        }
        TimeExpression t = s.time();
        DateRef at = t != null && t.date() != null ? DateRef.of(t.date()) : s.published() == null ? null : DateRef.of(s.published());
        for (Map.Entry<Amount, List<String>> e : populations.entrySet())
            for (String population : e.getValue())
                out.emit(new Poll(population, null, e.getKey().value().stripTrailingZeros(), at), name(), 0.6);
    }

    /** A people named right after one of the figures ("der Kasachen"; German and English write it capitalised). */
    private static String people(SentenceView s, List<Amount> figures) {
        boolean capitals = !s.language().equals("ru");
        for (Amount a : figures)
            for (Mention m : s.mentions()) {
                if (m.start() < a.end() || m.start() - a.end() > PEOPLE_REACH || !m.isState() || !m.isDemonym()) continue;
                if (!capitals || s.tokens().get(m.firstToken()).isCapitalised()) return m.id();
            }
        return null;
    }

    private static void assignStates(SentenceView s, List<Amount> figures, Map<Amount, List<String>> populations) {
        List<Mention> states = new ArrayList<>();
        for (Mention m : s.mentions())
            if (m.isState() && !m.isDemonym() && s.argument(m) != Argument.DATELINE && s.argument(m) != Argument.ATTRIBUTE) states.add(m);
        if (states.isEmpty()) return;
        boolean statesFirst = states.get(0).end() <= figures.get(0).start();
        for (Mention m : states) {
            Amount target = null;
            for (Amount a : figures) {
                if (statesFirst && a.start() >= m.end()) { target = a; break; }
                if (!statesFirst && a.end() <= m.start()) target = a;
            }
            if (target == null) continue;
            List<String> list = populations.computeIfAbsent(target, k -> new ArrayList<>());
            if (!list.contains(m.id())) list.add(m.id());
        }
    }
}
