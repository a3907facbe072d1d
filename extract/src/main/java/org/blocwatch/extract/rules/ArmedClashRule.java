package org.blocwatch.extract.rules;

import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.extract.text.Pos;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fighting between two states, where the sentence says who fought whom: "zwischen Kirgisistan und
 * Tadschikistan" (both), or an attacker before or after the trigger ("Russlands Angriff", "des
 * russischen Angriffs", "der Krieg Russlands") and a target after "auf"/"gegen"/"on"/"against"/
 * "на"/"против" ("auf die Ukraine"). A dispute ("Auseinandersetzung", "Konflikt") counts only
 * when armed or at a border; "Kriegsbeginn" or "Krieg" without two sides is not a clash claim. Two nationalities
 * joined before the trigger are the sides too: "Kyrgyz-Tajik border clashes".
 */
public final class ArmedClashRule implements ClaimRule {
    private static final int REACH = 6;
    @Override public String name() { return "armed-clash"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        for (int t = trigger(s, 0); t >= 0; t = trigger(s, t + 1))
            if (!s.negated(t) && !s.modal(t)) clash(s, t, out);
        if (s.hereOrEarlier(s.words("conflict-words"), 1)) sidesAgainstEachOther(s, out);
    }

    /**
     * "Russland gegen Georgien in Südossetien, Tadschikistan gegen Kirgisistan in Batken": in a
     * passage about conflicts, two states set against each other, placed by the place that follows.
     */
    private void sidesAgainstEachOther(SentenceView s, ClaimSink out) {
        List<Mention> ms = s.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            if (!a.isState() || !b.isState() || a.isDemonym() || b.isDemonym() || b.firstToken() != a.endToken() + 1) continue;
            if (!s.words("versus-words").matches(s.token(a.endToken()))) continue;
            String place = null;
            if (i + 2 < ms.size() && ms.get(i + 2).firstToken() == b.endToken() + 1 && s.words("venue-prepositions").contains(s.wordBefore(ms.get(i + 2))))
                place = ms.get(i + 2).placeName();
            out.emit(Events.of(EventKind.ARMED_CLASH, List.of(a.id(), b.id()), null, place, null, null), name(), 0.6);
        }
    }

    private void clash(SentenceView s, int t, ClaimSink out) {
        Set<String> sides = new LinkedHashSet<>();
        // "war between A and B", and "между А и Б шла война": a pair named before the word ends at most a verb before it
        for (int i = Math.max(0, t - 2 * REACH); i < Math.min(s.tokens().size(), t + 2 * REACH) && sides.size() != 2; i++) {
            if (!s.is(i, s.words("between-prepositions"))) continue;
            List<Mention> pair = s.listAfter(i);
            if (i < t && !rightBefore(s, pair, t)) continue;
            sides.clear();
            for (Mention m : pair) if (m.isState()) sides.add(m.id());
        }
        if (sides.size() != 2) {
            sides.clear();
            Mention attacker = null, target = null;
            boolean transitive = s.normIs(t, Vocabulary.of(s.language(), "attack-verbs"));
            for (Mention m : s.mentions()) {
                if (!m.isState()) continue;
                if (m.endToken() <= t && t - m.endToken() <= 2) attacker = m;
                else if (m.firstToken() > t && m.firstToken() - t <= REACH) {
                    if (s.words("target-prepositions").contains(s.wordBefore(m)) || (transitive && m.firstToken() - t <= 2)) { if (target == null) target = m; }
                    else if (attacker == null && !m.isDemonym() && m.firstToken() - t <= 2) attacker = m;
                }
            }
            if (attacker != null) sides.add(attacker.id());
            if (target != null) sides.add(target.id());
        }
        // one side alone beside the trigger may be the second of a coordinated pair that is both sides
        if (sides.size() != 2) replace(sides, coordinatedPairNear(s, t));
        if (sides.size() != 2) replace(sides, demonymPairBefore(s, t));
        if (sides.isEmpty()) sides.addAll(coordinatedPairOfClause(s, t));
        if (sides.size() != 2) return;
        List<String> participants = new ArrayList<>(sides);
        out.emit(Events.of(EventKind.ARMED_CLASH, participants, null, Events.placeNotState(s), s.timeNear(t), null), name(), 0.75);
    }

    /**
     * "между А и Б шла война": the pair ends right before the trigger or before its verb ("после войны" is another
     * phrase); "Zwischen A und B kam es 2020 zu schweren Kämpfen": after the verb only pronouns, adverbs, adjectives,
     * a date and a preposition of coming to something ({@code onset-prepositions}).
     */
    private static boolean rightBefore(SentenceView s, List<Mention> pair, int t) {
        if (pair.isEmpty()) return false;
        int end = pair.get(pair.size() - 1).endToken();
        if (end == t) return true;
        if (end > t || t - end > 2 * REACH || s.token(end).pos() != Pos.VERB && s.token(end).pos() != Pos.AUX) return false;
        if (end == t - 1) return true;
        boolean onset = false;
        for (int i = end + 1; i < t; i++) {
            if (s.normIs(i, s.words("onset-prepositions"))) { onset = true; continue; }
            Pos p = s.token(i).pos();
            // "im September 2022": a date with its preposition
            boolean date = s.inTime(i) || i + 1 < t && s.inTime(i + 1);
            if (p != Pos.PRON && p != Pos.NUM && p != Pos.ADV && p != Pos.ADJ && !date) return false;
        }
        return onset;
    }


    /** How many words may stand between a pair of nationalities and the fighting they qualify: "Kyrgyz and Tajik border guards clashed". */
    private static final int DEMONYM_REACH = 3;

    /**
     * "Kyrgyz-Tajik border clashes", "the Armenian-Azerbaijani war", "Kyrgyz and Tajik border guards clashed": two
     * nationalities joined by a dash or a conjunction shortly before the trigger, in its clause, are the sides.
     */
    private static List<String> demonymPairBefore(SentenceView s, int t) {
        List<Mention> ms = s.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            if (!a.isState() || !b.isState() || !a.isDemonym() || !b.isDemonym() || a.id().equals(b.id())) continue;
            if (b.firstToken() != a.endToken() + 1 || b.endToken() > t || t - b.endToken() > DEMONYM_REACH || !s.sameClause(a.firstToken(), t)) continue;
            int link = a.endToken();
            if ((s.token(link).isDash() || s.is(link, s.words("conjunctions"))) && onlyNounsBetween(s, b.endToken(), t)) return List.of(a.id(), b.id());
        }
        return List.of();
    }

    /** "border guards", not "leaders condemned": the nationalities qualify the fighters, not those who speak of the fighting. */
    private static boolean onlyNounsBetween(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            Pos p = s.token(i).pos();
            if (p != Pos.NOUN && p != Pos.ADJ && p != Pos.PROPN && !s.token(i).isDash()) return false;
        }
        return true;
    }

    private static void replace(Set<String> sides, List<String> pair) {
        if (pair.isEmpty()) return;
        sides.clear();
        sides.addAll(pair);
    }

    /** "Nach Kämpfen um die Region haben sich A und B geeinigt": the clause's only two acting states, coordinated, are the sides. */
    private static List<String> coordinatedPairOfClause(SentenceView s, int t) {
        List<Mention> acting = s.actingStates().stream().filter(m -> s.sameClause(m.firstToken(), t)).toList();
        if (acting.size() != 2 || s.listOf(acting.get(0)).size() != 2 || !s.listOf(acting.get(0)).contains(acting.get(1))) return List.of();
        return List.of(acting.get(0).id(), acting.get(1).id());
    }

    /**
     * "Kämpfe in den Grenzregionen Tadschikistans und Kirgisistans", "на границе Киргизии и
     * Таджикистана произошли столкновения": two coordinated states shortly after the trigger, else
     * shortly before it in its clause right after a noun they are attributes of, not as actors: in "Russland und
     * China verurteilten die Kämpfe" the two condemn, they do not fight.
     */
    private static List<String> coordinatedPairNear(SentenceView s, int t) {
        List<String> after = coordinatedPair(s, m -> m.firstToken() > t && m.firstToken() - t <= REACH);
        if (!after.isEmpty()) return after;
        return coordinatedPair(s, m -> m.endToken() <= t && t - m.endToken() <= REACH && s.sameClause(m.firstToken(), t)
                && m.firstToken() > 0 && s.token(m.firstToken() - 1).pos() == Pos.NOUN);
    }

    private static List<String> coordinatedPair(SentenceView s, java.util.function.Predicate<Mention> near) {
        for (Mention m : s.mentions()) {
            if (!m.isState() || !near.test(m)) continue;
            List<String> pair = new ArrayList<>(List.of(m.id()));
            for (Mention next : s.listAfter(m.endToken() - 1)) if (next.isState() && !pair.contains(next.id())) pair.add(next.id());
            return pair.size() == 2 ? pair : List.of();
        }
        return List.of();
    }

    /** A word of fighting ({@code fighting-words}), or a dispute said to be armed ({@code dispute-nouns}, {@code armed-words}). */
    private static int trigger(SentenceView s, int from) {
        WordList fighting = Vocabulary.of(s.language(), "fighting-words"), disputes = Vocabulary.of(s.language(), "dispute-nouns"),
                armed = Vocabulary.of(s.language(), "armed-words");
        for (int i = from; i < s.tokens().size(); i++) {
            if (s.is(i, fighting)) return i;
            if (i >= 1 && s.is(i, disputes) && s.is(i - 1, armed)) return i;
        }
        return -1;
    }
}
