package org.blocwatch.answers.report;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimBody;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;

import java.time.Instant;
import java.util.List;

/** Curated claims for report tests. */
final class ReportFacts {
    private ReportFacts() {}

    static Claim membership(String state, MembershipStatus status, String from, String to, String citation) {
        return membership(state, "PACT", status, from, to, citation);
    }

    static Claim membership(String state, String org, MembershipStatus status, String from, String to, String citation) {
        return curated(Membership.span(state, org, status, PartialDate.parse(from), to == null ? null : PartialDate.parse(to)), citation);
    }

    static Claim event(EventKind kind, String org, String date, String citation, String... participants) {
        return curated(new Event(kind, List.of(participants), org, null, DateRef.of(PartialDate.parse(date)), null), citation);
    }

    private static Claim curated(ClaimBody body, String citation) {
        return Claim.of(body, new Provenance.Curated(citation, "test.yaml", null), Method.CURATED, 1, ReviewState.ACCEPTED,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
