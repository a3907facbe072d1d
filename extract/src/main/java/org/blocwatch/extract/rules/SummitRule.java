package org.blocwatch.extract.rules;

import org.blocwatch.extract.argument.Argument;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.EventKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Summits of an organisation or format, where the sentence places or dates them: "Gipfeltreffen der
 * OVKS in Jerewan", "nach den Gipfeln im März und Oktober 2019" (one summit per date),
 * "informelles SOZ-Treffen ... im vergangenen Juni", "the CSTO summit in Yerevan". The
 * organisation is the compound's modifier or the one named. Participants are the states acting in
 * the sentence (persons by nationality), else the organisation's members. A sentence about
 * boycotting or suspending participation in meetings is not a report of a summit, nor is a coming one ("the next
 * summit", {@code prospective-words}).
 * <p>Attendance also reports a summit when one was named shortly before: "Die Präsidenten von
 * Belarus, Kasachstan ... sowie der armenische Premierminister folgten der Einladung nach
 * St. Petersburg" - participants are those states. The leaders of an organisation's states meeting as a body hold
 * a summit too: "Die Staatschefs der SOZ trafen sich in Samarkand".
 */
public final class SummitRule implements ClaimRule {

    /** How far (in characters) from the summit word its date may stand. */
    private static final int DATE_REACH = 40;
    /** How many words after a council's session its organisation may stand: "Sitzung des Rates der Außenminister der OVKS". */
    private static final int SESSION_REACH = 6;

    @Override public String name() { return "summit"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        if (s.has(Vocabulary.of(s.language(), "suspension-words"))) return;
        int t = s.findWord(Vocabulary.of(s.language(), "summit-words"));
        String org = null;
        if (t >= 0) {
            org = s.compoundOrganisation(t);
            for (Mention m : s.organisations()) if (org == null && m.firstToken() <= t && t < m.endToken()) org = m.id();
            if (org == null) for (Mention m : s.organisations()) { org = m.id(); break; }
            // "the summit", "саммит" alone: the organisation in focus; "Zentralasien-Gipfel" is another's
            if (org == null && !s.compoundModified(t)) org = s.recentOrganisation();
        }
        int nameEnd = t;
        boolean body = false;
        if (t < 0) {
            int session = s.findWord(Vocabulary.of(s.language(), "session-words"));
            Mention council = session < 0 ? null : sessionOrganisation(s, session);
            if (council != null) { org = council.id(); t = session; nameEnd = Math.max(session, council.endToken() - 1); }
        }
        if (t < 0) {
            LeadersMeeting leaders = leadersMeeting(s);
            if (leaders != null) { t = leaders.verb(); nameEnd = t; org = leaders.org().id(); body = true; }
        }
        if (t < 0) { attendance(s, out); return; }
        if (org == null || s.modal(t) || s.noneSuch(t) || s.near(t, "prospective-words", 3)) return;
        // a council's session is named by the whole chain up to its organisation: the date follows that
        int at = s.token(nameEnd).end();
        List<TimeExpression> dates = s.times().stream()
                .filter(x -> x.resolved() && x.kind() == TimeExpression.Kind.POINT && Math.abs(x.start() - at) <= DATE_REACH).toList();
        if (dates.isEmpty()) dates = onlyDateOfClause(s, t);
        String place = Events.place(s);
        List<String> participants = participants(s);
        // "Putin met the union's leaders": one who meets the body is not all who came
        if (body && participants.size() < 2) participants = new ArrayList<>();
        // neither placed nor dated: a report of the summit only when it says who came, two at least
        if (dates.isEmpty() && place == null && participants.size() < 2) return;
        // "die Sitzung des Unionsstaates Russland und Belarus": an organisation named with its members meets as those
        if (participants.isEmpty()) participants = namedMembers(s, org);
        if (participants.isEmpty()) participants = List.of("members:" + org);
        if (dates.isEmpty()) out.emit(Events.of(EventKind.SUMMIT, participants, org, place, null, null), name(), 0.7);
        for (TimeExpression d : dates) out.emit(Events.of(EventKind.SUMMIT, participants, org, place, d, null), name(), 0.7);
    }

    /**
     * The organisation whose council meets: a compound's modifier ("GUS-Treffen") or the organisation
     * closing the genitive chain after the word ("заседание Совета глав правительств ШОС", "Sitzung des
     * Ministerrats des Unionsstaates"), at most {@value #SESSION_REACH} words on.
     */
    private static Mention sessionOrganisation(SentenceView s, int session) {
        for (Mention m : s.organisations()) {
            if (m.endToken() == session - 1 && s.compoundModified(session)) return m;
            if (m.firstToken() > session && m.firstToken() - session <= SESSION_REACH) return m;
        }
        return null;
    }

    private static List<String> namedMembers(SentenceView s, String org) {
        for (Mention m : s.organisations())
            if (m.id().equals(org)) return MemberAppositionRule.membersInApposition(s, m).stream().map(Mention::id).toList();
        return List.of();
    }

    /** "The CSTO summit in Yerevan ended without a declaration in November 2022": the one date of the summit word's clause. */
    private static List<TimeExpression> onlyDateOfClause(SentenceView s, int t) {
        List<TimeExpression> inClause = s.times().stream()
                .filter(x -> x.resolved() && x.kind() == TimeExpression.Kind.POINT && s.sameClause(s.tokenAt(x.start()), t)).toList();
        return inClause.size() == 1 ? inClause : List.of();
    }

    /** How far after a leaders' noun its organisation may stand: "heads of state of the union", "главы государств союза". */
    private static final int LEADERS_REACH = 4;

    /**
     * "The union's leaders met in Samarkand", "Die Staatschefs der Union trafen sich", "Главы государств союза
     * собрались": the leaders of an organisation's states meeting as a body ({@code leader-nouns} with a verb of
     * meeting or coming together in their clause), or null.
     */
    private static LeadersMeeting leadersMeeting(SentenceView s) {
        int verb = s.find("meeting-words");
        if (verb < 0) verb = s.find("convene-words");
        if (verb < 0) return null;
        WordList leaders = Vocabulary.of(s.language(), "leader-nouns");
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!s.normIs(i, leaders) || !s.sameClause(i, verb)) continue;
            for (Mention m : s.organisations()) {
                boolean before = m.endToken() == i || s.compoundModified(i) && m.endToken() == i - 1;
                boolean after = m.firstToken() > i && m.firstToken() - i <= LEADERS_REACH && noNameBetween(s, i, m.firstToken());
                if (before || after) return new LeadersMeeting(verb, m);
            }
        }
        return null;
    }

    /** The word of meeting and the organisation whose leaders meet. */
    private record LeadersMeeting(int verb, Mention org) {}

    /** "the presidents of Armenia and of the union": a state named between makes the leaders that state's. */
    private static boolean noNameBetween(SentenceView s, int from, int to) {
        for (Mention m : s.mentions()) if (m.firstToken() > from && m.firstToken() < to) return false;
        return true;
    }

    private void attendance(SentenceView s, ClaimSink out) {
        int t = s.find("invitation-nouns");
        if (t < 0 || !s.has("accept-verbs") || s.negated(t)) return;
        String org = s.recentOrganisation();
        if (org == null) return;
        List<String> participants = participants(s);
        for (RoleMention r : s.roles()) if (r.of() != null && s.isState(r.of()) && !participants.contains(r.of())) participants.add(r.of());
        if (participants.size() < 2) return;
        out.emit(Events.of(EventKind.SUMMIT, participants, org, Events.place(s), s.time(), null), "summit-attendance", 0.65);
    }

    /**
     * States and persons' states of the sentence, except places and those said to stay away ("but Armenia ... did not
     * come") of the clause that speaks of attending ({@code attendance}: "attended", "nahmen teil", "участвовали"): a
     * summit sentence that only names states ("Russia was criticised at the summit") tells nothing of who came, nor
     * does one whose attending is negated.
     */
    private static List<String> participants(SentenceView s) {
        List<String> out = new ArrayList<>();
        int attend = s.findWord(Vocabulary.of(s.language(), "attendance"));
        // "the only leader who did not attend": those named stayed away, and who came is not said
        if (attend < 0 || s.negated(attend)) return out;
        List<Mention> places = s.statesAfter("venue-prepositions");
        List<Mention> ms = s.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            boolean place = places.contains(m) || s.argument(m) == Argument.PLACE || s.argument(m) == Argument.DATELINE
                    || !s.sameClause(m.firstToken(), attend);
            String id = m.isPerson() ? s.stateOf(m) : m.isState() && !m.isDemonym() && !place ? m.id() : null;
            // "der Präsident Belarus' Lukaschenko kam nicht": the state's attendance is that of its leader named next
            int j = i + 1;
            if (m.isState() && j < ms.size() && ms.get(j).isPerson() && ms.get(j).firstToken() - m.endToken() <= 1) j++;
            int next = j < ms.size() ? ms.get(j).firstToken() : s.tokens().size();
            if (id != null && !out.contains(id) && !staysAway(s, m.endToken(), next)) out.add(id);
        }
        // "Kazakhstan hosted the summit", "Казахстан принял саммит" (not "принял участие"): the host alone is not all who came
        boolean hosting = s.normIs(attend, Vocabulary.of(s.language(), "hosting-verbs"))
                && !(attend + 1 < s.tokens().size() && s.normIs(attend + 1, Vocabulary.of(s.language(), "participation-words")));
        if (hosting && out.size() < 2) out.clear();
        return out;
    }

    private static boolean staysAway(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) if (s.normIs(i, Words.NEGATION) || s.normIs(i, Words.ABSENCE)) return true;
        return false;
    }
}
