package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.words.WordList;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.extract.words.Vocabulary;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Office;
import org.blocwatch.model.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * A role phrase next to a person: "der georgische Premierminister Irakli Kobachidse",
 * "Kreml-Sprecher Dmitri Peskow", "Präsident Schawkat Mirsijojew", "Sergey Lavrov, Russia's foreign
 * minister". The office's state comes from the role phrase, else (for offices of states) from
 * the person's nationality. Time: a date in the sentence ("bis Januar 2023" ends the office);
 * none for "damalige"/"former"; else the document's date. "der russische Präsident" without a name
 * is the person the document names who, as the knowledge base knows, held that office.
 */
public final class OfficeRule implements ClaimRule {

    @Override public String name() { return "office"; }

    @Override
    public void apply(SentenceView s, ClaimSink out) {
        for (RoleMention r : s.roles()) {
            Mention person = personAfter(s, r);
            if (person == null) person = personBefore(s, r);
            double confidence = 0.85;
            if (person == null && r.of() != null && !r.historical() && isLeader(r.role()) && s.listAfter(r.endToken() - 1).size() <= 1) {
                person = s.holderNamedInDocument(r.role(), r.of());
                confidence = 0.6;
            }
            if (person == null) continue;
            emit(s, r, person, r.of(), confidence, out);
            if (r.of() != null && personAfter(s, r) == person) for (Mention[] pair : following(s, person)) emit(s, r, pair[1], pair[0] == null ? null : pair[0].id(), confidence, out);
        }
        leaders(s, out);
    }

    /**
     * "Belarusian leader Alexander Lukashenko", "лидер Белоруссии Александр Лукашенко" ({@code leader-titles}): a leader is
     * whichever leader's office the knowledge base has the person hold of that state on the document's date; a
     * leader it does not know so is no claim.
     */
    private void leaders(SentenceView s, ClaimSink out) {
        WordList titles = s.words("leader-titles");
        for (Mention person : s.mentions()) {
            if (!person.isPerson() || person.firstToken() < 2) continue;
            int k = person.firstToken() - 1;
            Mention state = null;
            for (Mention m : s.mentions()) {
                if (!m.isState()) continue;
                // "Belarusian leader X", "Belarus's leader X"; "лидер Белоруссии X"
                boolean before = s.normIs(k, titles) && (m.endToken() == k || m.endToken() == k - 1 && s.token(k - 1).norm().equals("'s"));
                boolean between = m.endToken() == person.firstToken() && s.normIs(m.firstToken() - 1, titles);
                if (before || between) state = m;
            }
            if (state == null) continue;
            Role role = s.leaderOffice(person, state.id());
            if (role != null) out.emit(new Office(person.id(), role, state.id(), null, null, s.documentDate(), false), name(), 0.7);
        }
    }

    /**
     * "Presidents of Russia X, of Kazakhstan Y and of Belarus Z", "президенты России X, Казахстана Y и
     * Белоруссии Z": after the first holder, further (state, person) pairs, or persons alone, joined by
     * commas and conjunctions share the role phrase, each with the state named before them.
     */
    private static List<Mention[]> following(SentenceView s, Mention first) {
        List<Mention[]> out = new ArrayList<>();
        List<Mention> ms = s.mentions();
        int at = ms.indexOf(first) + 1, end = first.endToken();
        while (at < ms.size()) {
            Mention state = null, m = ms.get(at);
            if (!joinedBy(s, end, m.firstToken())) break;
            if (m.isState() && !m.isDemonym() && at + 1 < ms.size() && ms.get(at + 1).isPerson() && ms.get(at + 1).firstToken() == m.endToken()) {
                state = m;
                m = ms.get(++at);
            }
            if (!m.isPerson()) break;
            out.add(new Mention[] {state, m});
            end = m.endToken();
            at++;
        }
        return out;
    }

    private static boolean joinedBy(SentenceView s, int from, int to) {
        if (to <= from) return false;
        for (int i = from; i < to; i++) {
            String n = s.token(i).norm();
            if (!n.equals(",") && !Vocabulary.of(s.language(), "conjunctions").contains(n)) return false;
        }
        return true;
    }

    private void emit(SentenceView s, RoleMention r, Mention person, String of, double confidence, ClaimSink out) {
        if (of == null && isOfState(r.role())) of = person.entity().code("nationality");
        if (of == null) return;
        if (person.proposed()) confidence = 0.6;
        TimeExpression t = s.timeNear(r.firstToken());
        // "met on Tuesday", "said yesterday": the days around the report are its present, where an office holds at its date
        if (t != null && t.relative() && t.kind() == TimeExpression.Kind.POINT && t.date().day() != 0) t = null;
        if (t != null && t.kind() == TimeExpression.Kind.UNTIL)
            out.emit(new Office(person.id(), r.role(), of, null, t.to(), null, false), name(), confidence);
        else if (t != null && t.kind() == TimeExpression.Kind.SINCE)
            out.emit(new Office(person.id(), r.role(), of, t.from(), null, r.historical() ? null : s.documentDate(), false), name(), confidence);
        else {
            DateRef at = t != null ? DateRef.of(t.date()) : r.historical() ? null : s.documentDate();
            out.emit(new Office(person.id(), r.role(), of, null, null, at, false), name(), confidence);
        }
    }

    private static boolean isLeader(Role role) { return role == Role.HEAD_OF_STATE || role == Role.HEAD_OF_GOVERNMENT; }

    private static boolean isOfState(Role role) { return role != Role.SECRETARY_GENERAL && role != Role.CHAIR; }

    private static Mention personAfter(SentenceView s, RoleMention r) {
        int i = r.endToken();
        if (i < s.tokens().size() && s.token(i).norm().equals(",")) i++;
        for (Mention m : s.mentions()) if (m.firstToken() == i && m.isPerson()) return m;
        return null;
    }

    /** Apposition: "Sergej Lawrow, der russische Außenminister". */
    private static Mention personBefore(SentenceView s, RoleMention r) {
        int i = r.firstToken() - 1;
        while (i >= 0 && s.normIs(i, s.words("articles"))) i--;
        if (i < 0 || !s.token(i).norm().equals(",")) return null;
        for (Mention m : s.mentions()) if (m.endToken() == i && m.isPerson()) return m;
        return null;
    }
}
