package org.blocwatch.extract.rules;

import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Period;

/** What trade and investment rules share: the period a figure covers and the parties it is between. */
final class Figures {
    private Figures() {}

    /**
     * The sentence's time as a period: a point, a range, or "seit 1993" up to the document's
     * date. No time: the present, the document's date. A relative time that could not be
     * resolved leaves the period open rather than guessed.
     */
    static Period period(SentenceView s, TimeExpression t) {
        if (t == null) return s.hasUnresolvedTime() ? null : new Period(s.documentDate(), s.documentDate());
        return switch (t.kind()) {
            case POINT -> new Period(DateRef.of(t.date()), DateRef.of(t.date()));
            case RANGE -> new Period(DateRef.of(t.from()), DateRef.of(t.to()));
            case SINCE -> new Period(DateRef.of(t.from()), s.published() != null ? DateRef.of(s.published()) : s.documentDate());
            case UNTIL -> new Period(DateRef.of(t.to()), DateRef.of(t.to()));
        };
    }

    /**
     * A party to a figure: a state (by name or metonym), a group ("zentralasiatischen
     * Staaten"), or an organisation's members ("GUS-Staaten", "members of the EAEU").
     */
    static String party(SentenceView s, Mention m) {
        if (m.isDemonym() && m.isState()) return null; // "sagte der kasachische Minister" names no party
        if (m.isState() || m.kind() == EntityKind.GROUP) return m.id();
        if (m.isOrganisation()) {
            int next = m.endToken();
            if (next + 1 < s.tokens().size() && s.token(next).isDash()) {
                if (s.is(next + 1, s.words("member-heads"))) return "members:" + m.id();
            }
        }
        return null;
    }
}
