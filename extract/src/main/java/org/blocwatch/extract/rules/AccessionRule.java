package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Accessions and returns: "2011 ist Aserbaidschan der Bewegung ... beigetreten", "1993 wurde die
 * Organisation durch Belarus, Aserbaidschan und Georgien erweitert", "kehrte Taschkent in die
 * Allianz zurück", "Uzbekistan joined the CSTO in 2006", "Belarus became a full member", "вступил в ОДКБ". Each state of a
 * coordinated list gets its own claim; the sentence's time is the start of membership. An
 * intention ("will beitreten") or a negation is not an accession.
 */
public final class AccessionRule implements ClaimRule {
    private static final java.util.Set<String> BECAME = java.util.Set.of("wurde", "wurden", "became", "become", "стал", "стала", "стали");
    static final String[] ORG_NOUNS = {"organisation", "organization", "bundnis", "allianz", "gemeinschaft", "union", "pakt", "block",
            "alliance", "bloc", "treaty", "vertrag", "организац", "союз", "блок", "договор"};

    @Override public String name() { return "accession"; }

    /** "wurde Vollmitglied", "became a full member", "стала членом": the start of a membership. */
    private static int becameMember(SentenceView s) {
        int member = s.find("mitglied", "vollmitglied", "member", "член");
        if (member < 0) return -1;
        for (int i = Math.max(0, member - 4); i < member; i++)
            if (BECAME.contains(s.token(i).norm())) return member;
        return -1;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        int t = s.findWord("beigetreten", "beitrat", "beitraten", "erweitert", "aufgenommen", "joined", "acceded", "вступил", "вступила",
                "вступили", "присоединился", "присоединилась", "zuruckgekehrt", "returned", "вернулся", "вернулась", "admitted");
        if (t < 0) {
            int back = s.find("zuruck");
            if (back >= 0 && s.has("kehrt")) t = back;
        }
        if (t < 0) t = becameMember(s);
        if (t < 0 || s.negated(t) || s.modal(t)) return;
        String org = null;
        for (Mention m : s.organisations()) { org = m.id(); break; }
        if (org == null && s.has(ORG_NOUNS)) org = s.recentOrganisation();
        if (org == null) return;
        List<Mention> states = new ArrayList<>(s.actingStates());
        for (Mention m : s.statesAfter(java.util.Set.of("durch", "by"))) if (!states.contains(m)) states.add(m);
        TimeExpression time = s.timeNear(t);
        for (Mention m : states)
            if (!m.id().equals(org)) out.emit(Memberships.since(m.id(), org, time), name(), time == null ? 0.6 : 0.8);
    }
}
