package org.blocwatch.model;

import org.blocwatch.model.Membership.Span;
import org.blocwatch.model.Membership.Span.Truth;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpanTest {

    private static Span span(String from, String to) {
        return Membership.span("UZB", "CSTO", MembershipStatus.MEMBER,
                from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to)).span();
    }

    private static LocalDate day(String d) { return LocalDate.parse(d); }

    @Test
    void anExactSpanHoldsFromItsFirstDayUpToButNotIncludingItsEnd() {
        Span s = span("2006-08-16", "2012-12-19");
        assertThat(s.holdsOn(day("2006-08-15"))).isEqualTo(Truth.NO);
        assertThat(s.holdsOn(day("2006-08-16"))).isEqualTo(Truth.YES);
        assertThat(s.holdsOn(day("2012-12-18"))).isEqualTo(Truth.YES);
        assertThat(s.holdsOn(day("2012-12-19"))).isEqualTo(Truth.NO);
    }

    @Test
    void aDayInsideACoarseBoundIsUncertain() {
        Span s = span("1993", "1999-04");
        assertThat(s.holdsOn(day("1993-06-01"))).isEqualTo(Truth.UNCERTAIN);
        assertThat(s.holdsOn(day("1994-06-01"))).isEqualTo(Truth.YES);
        assertThat(s.holdsOn(day("1999-04-10"))).isEqualTo(Truth.UNCERTAIN);
        assertThat(s.holdsOn(day("1999-05-01"))).isEqualTo(Truth.NO);
        assertThat(s.holdsOn(day("1992-12-31"))).isEqualTo(Truth.NO);
    }

    @Test
    void openEndsRunForever() {
        assertThat(span("1992-05-15", null).holdsOn(day("2026-11-21"))).isEqualTo(Truth.YES);
        assertThat(span(null, "1999").holdsOn(day("1950-01-01"))).isEqualTo(Truth.YES);
    }

    @Test
    void aStatementAboutOneDateHoldsOnlyThen() {
        Membership m = new Membership("MDA", "CIS", MembershipStatus.SUSPENDED, null, null,
                DateRef.documentDate(PartialDate.parse("2025-10-16")));
        assertThat(m.span().holdsOn(day("2025-10-16"))).isEqualTo(Truth.YES);
        assertThat(m.span().holdsOn(day("2025-10-17"))).isEqualTo(Truth.NO);
    }

    @Test
    void aStatementWhoseDocumentDateIsUnknownCannotAnswerForADay() {
        Membership m = new Membership("MDA", "CIS", MembershipStatus.MEMBER, null, null, DateRef.documentDate(null));
        assertThat(m.span()).isNull();
    }

    @Test
    void overlapCountsEveryPossibleDay() {
        assertThat(span("2006-06-23", "2012-06-28").overlaps(span("2006-08-16", "2012-12-19"))).isTrue();
        assertThat(span("1992-05-15", "1999-04-02").overlaps(span("2006-08-16", "2012-12-19"))).isFalse();
    }

    @Test
    void aSpanCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> span("2012", "2006")).hasMessageContaining("ends (2006) before it starts (2012)");
    }

    @Test
    void suspensionQualifiesAnyStandingAndApplicantsAreNotMembers() {
        assertThat(MembershipStatus.SUSPENDED.compatibleWith(MembershipStatus.MEMBER)).isTrue();
        assertThat(MembershipStatus.MEMBER.compatibleWith(MembershipStatus.SUSPENDED)).isTrue();
        assertThat(MembershipStatus.OBSERVER.compatibleWith(MembershipStatus.MEMBER)).isFalse();
        assertThat(MembershipStatus.SUSPENDED.compatibleWith(MembershipStatus.APPLICANT)).isTrue();
        assertThat(MembershipStatus.APPLICANT.compatibleWith(MembershipStatus.PARTNER)).isTrue();
        assertThat(MembershipStatus.APPLICANT.compatibleWith(MembershipStatus.MEMBER)).isFalse();
        assertThat(MembershipStatus.ASSOCIATE.compatibleWith(MembershipStatus.OBSERVER)).isFalse();
        assertThat(MembershipStatus.ASSOCIATE.compatibleWith(MembershipStatus.SUSPENDED)).isTrue();
        assertThat(MembershipStatus.MEMBER.compatibleWith(MembershipStatus.ASSOCIATE)).isFalse();
        assertThat(MembershipStatus.OBSERVER.compatibleWith(MembershipStatus.PARTNER)).isFalse();
    }
}
