package org.blocwatch.extract.rules;

import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.model.MembershipStatus;
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
    @Override public String name() { return "accession"; }

    /** "wurde Vollmitglied", "became an associate member", "стала членом": the start of a standing. */
    private static int becameMember(SentenceView s) {
        WordList become = Vocabulary.of(s.language(), "become");
        for (int noun = 0; noun < s.tokens().size(); noun++) {
            if (s.statusNouns().at(s, noun) == null) continue;
            for (int i = Math.max(0, noun - 4); i < noun; i++) if (s.normIs(i, become)) return noun;
        }
        return -1;
    }

    /** The standing the clause names nearest the trigger ("als Beobachter aufgenommen", "joined as an observer"), else membership. */
    private static MembershipStatus status(SentenceView s, int trigger) {
        MembershipStatus best = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < s.tokens().size(); i++) {
            MembershipStatus st = s.statusNouns().at(s, i);
            if (st != null && s.sameClause(i, trigger) && Math.abs(i - trigger) < distance) { best = st; distance = Math.abs(i - trigger); }
        }
        // "became a candidate" is the start of an application; a candidacy named beside an accession verb is the membership's past
        if (best == MembershipStatus.APPLICANT) return distance == 0 ? best : MembershipStatus.MEMBER;
        return best == null ? MembershipStatus.MEMBER : best;
    }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        nominalAccession(s, out);
        int t = s.find("accession-verbs");
        // "die aufgenommenen Staaten": an accession verb used as an adjective presupposes, it does not report
        if (t >= 0 && s.attributiveParticiple(t, "accession-verbs")) return;
        if (t < 0) t = s.findPhrase("accession-phrases");
        if (t < 0) t = becameMember(s);
        if (t < 0 || s.negated(t) || s.modal(t)) return;
        String org = null;
        for (Mention m : s.organisations()) { org = m.id(); break; }
        // "Turkey became a dialogue partner in 2012": the organisation in focus
        if (org == null) org = s.recentOrganisation();
        if (org == null) return;
        List<Mention> states = new ArrayList<>(s.actingStates());
        for (Mention m : s.statesAfter("agent-prepositions")) if (!states.contains(m)) states.add(m);
        TimeExpression time = s.timeNear(t);
        for (Mention m : states)
            if (!m.id().equals(org)) out.emit(Memberships.since(m.id(), org, status(s, t), time), name(), time == null ? 0.6 : 0.8);
    }

    /**
     * An accession named by a noun with its state and date: "nach dem Beitritt Armeniens zur Union im
     * Januar 2015", "Armenia's accession to the union in 2015", "после вступления Армении в союз в
     * 2015 году" ({@link NominalChange}); a planned, possible or applied-for accession
     * ({@code prospective-words}, {@code application-words}) is none.
     */
    private void nominalAccession(SentenceView s, ClaimSink out) {
        NominalChange change = NominalChange.find(s, "accession-nouns");
        if (change == null) return;
        for (int k = Math.max(0, change.noun() - 3); k < change.noun(); k++)
            if (s.is(k, s.words("prospective-words")) || s.is(k, s.words("application-words"))) return;
        out.emit(Memberships.since(change.state().id(), change.org().id(), MembershipStatus.MEMBER, change.time()), name(), 0.7);
    }
}
