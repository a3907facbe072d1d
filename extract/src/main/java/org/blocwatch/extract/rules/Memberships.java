package org.blocwatch.extract.rules;

import org.blocwatch.extract.time.TimeExpression;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;

/** Builds membership bodies from what a rule found. */
final class Memberships {
    private Memberships() {}

    static Membership since(String subject, String org, MembershipStatus status, TimeExpression t) {
        PartialDate from = t == null ? null : t.kind() == TimeExpression.Kind.RANGE || t.kind() == TimeExpression.Kind.SINCE ? t.from() : t.date();
        return new Membership(subject, org, status, from, null, null);
    }

    static Membership until(String subject, String org, TimeExpression t) {
        PartialDate to = t == null ? null : t.kind() == TimeExpression.Kind.RANGE ? t.to() : t.date();
        return new Membership(subject, org, MembershipStatus.MEMBER, null, to, null);
    }

    static Membership at(String subject, String org, MembershipStatus status, DateRef at) {
        return new Membership(subject, org, status, null, null, at);
    }

    /**
     * A status over the span a time expression gives: "seit 2022" from, "2006-2012" both; no time:
     * at the document's date, or open when {@code doc} is null (a statement in the past tense).
     */
    static Membership during(String subject, String org, MembershipStatus status, TimeExpression t, DateRef doc) {
        if (t == null) return at(subject, org, status, doc);
        return switch (t.kind()) {
            case SINCE -> new Membership(subject, org, status, t.from(), null, null);
            case UNTIL -> new Membership(subject, org, status, null, t.to(), null);
            case RANGE -> new Membership(subject, org, status, t.from(), t.to(), null);
            case POINT -> new Membership(subject, org, status, null, null, DateRef.of(t.date()));
        };
    }
}
