package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fighting between two states: "Russlands Angriff auf die Ukraine", "der Krieg Russlands gegen
 * die Ukraine", "kriegerische Auseinandersetzungen zwischen Kirgisistan und Tadschikistan
 * 2021-2022", "the war between Armenia and Azerbaijan", "нападение России на Украину". The two
 * states must be named (demonyms count: "des russischen Angriffs auf die Ukraine") within a few
 * tokens of the trigger; a dispute ("Auseinandersetzung") counts only when armed or at a border.
 */
public final class ArmedClashRule implements ClaimRule {
    private static final int WINDOW = 8;

    @Override public String name() { return "armed-clash"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.find("krieg", "angriff", "invasion", "uberfall", "einmarsch", "gefecht", "kampfhandlung", "grenzkonflikt", "war",
                "wars", "attack", "clash", "fighting", "войн", "нападени", "вторжени", "столкновени", "агресси");
        if (t < 0) {
            int dispute = s.find("auseinandersetzung", "konflikt", "conflict", "конфликт");
            if (dispute >= 1 && armed(s, dispute)) t = dispute;
        }
        if (t < 0 && (t = compoundWar(s)) < 0) return;
        if (s.negated(t) || s.modal(t)) return;
        Set<String> states = new LinkedHashSet<>();
        for (Mention m : s.mentions())
            if (m.isState() && Math.abs(m.firstToken() - t) <= WINDOW) states.add(m.id());
        if (states.size() != 2) return;
        List<String> participants = new ArrayList<>(states);
        out.emit(Events.of(EventKind.ARMED_CLASH, participants, null, Events.place(s), s.time(), null), name(), 0.7);
    }

    private static boolean armed(SentenceView s, int dispute) {
        String before = s.token(dispute - 1).norm();
        return before.startsWith("kriegerisch") || before.startsWith("bewaffnet") || before.startsWith("militarisch")
                || before.startsWith("armed") || before.startsWith("military") || before.startsWith("вооруженн")
                || s.has("grenz", "border");
    }

    /** "Ukraine-Krieg", "Berg-Karabach-Krieg": a war named by a compound. */
    private static int compoundWar(SentenceView s) {
        for (int i = 2; i < s.tokens().size(); i++)
            if (s.token(i).norm().startsWith("krieg") && s.token(i - 1).isDash()) return i;
        return -1;
    }
}
