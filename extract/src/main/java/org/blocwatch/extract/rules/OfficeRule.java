package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.role.RoleMention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Office;
import org.blocwatch.model.Role;

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
            String of = r.of();
            if (of == null && isOfState(r.role())) of = person.entity().code("nationality");
            if (of == null) continue;
            if (person.proposed()) confidence = 0.6;
            TimeExpression t = s.timeNear(r.firstToken());
            if (t != null && t.kind() == TimeExpression.Kind.UNTIL)
                out.emit(new Office(person.id(), r.role(), of, null, t.to(), null, false), name(), confidence);
            else if (t != null && t.kind() == TimeExpression.Kind.SINCE)
                out.emit(new Office(person.id(), r.role(), of, t.from(), null, r.historical() ? null : s.documentDate(), false), name(), confidence);
            else {
                DateRef at = t != null ? DateRef.of(t.date()) : r.historical() ? null : s.documentDate();
                out.emit(new Office(person.id(), r.role(), of, null, null, at, false), name(), confidence);
            }
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
        while (i >= 0 && (s.token(i).norm().equals("der") || s.token(i).norm().equals("die") || s.token(i).norm().equals("the"))) i--;
        if (i < 0 || !s.token(i).norm().equals(",")) return null;
        for (Mention m : s.mentions()) if (m.endToken() == i && m.isPerson()) return m;
        return null;
    }
}
