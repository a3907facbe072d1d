package org.blocwatch.exchange;

import org.blocwatch.model.DateRef;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocwatch.model.MembershipStatus.MEMBER;
import static org.blocwatch.model.MembershipStatus.OBSERVER;
import static org.blocwatch.model.MembershipStatus.SUSPENDED;

class YearEndReadingTest {

    private static List<Integer> yearsHeld(Membership m) {
        return IntStream.rangeClosed(1990, 2020).filter(y -> YearEndReading.holdsAtEndOf(m, y)).boxed().toList();
    }

    @Test
    void aRunOfYearsBecomesASpanThatReadsBackAsTheSameYears() {
        Membership m = YearEndReading.span("UZB", "CSTO", MEMBER, 2002, 2011, 2014);
        assertThat(m.from()).isEqualTo(PartialDate.ofYear(2002));
        assertThat(m.to()).isEqualTo(PartialDate.ofYear(2012));
        assertThat(yearsHeld(m)).containsExactlyElementsOf(IntStream.rangeClosed(2002, 2011).boxed().toList());
        // the span's own semantics: surely a member through 2011, uncertain during 2012, not after
        assertThat(m.span().holdsOn(LocalDate.of(2011, 12, 31))).isEqualTo(Membership.Span.Truth.YES);
        assertThat(m.span().holdsOn(LocalDate.of(2012, 6, 1))).isEqualTo(Membership.Span.Truth.UNCERTAIN);
        assertThat(m.span().holdsOn(LocalDate.of(2013, 1, 1))).isEqualTo(Membership.Span.Truth.NO);
    }

    @Test
    void aRunReachingTheDataLastYearStaysOpen() {
        assertThat(YearEndReading.span("RUS", "CSTO", MEMBER, 2002, 2014, 2014).to()).isNull();
    }

    @Test
    void exactDatesAreReadAtTheYearsEnd() {
        Membership exit = Membership.span("UZB", "CSTO", MEMBER, PartialDate.parse("2006-08-16"), PartialDate.parse("2012-12-19"));
        assertThat(yearsHeld(exit)).first().isEqualTo(2006);
        assertThat(yearsHeld(exit)).last().isEqualTo(2011);
        Membership at = new Membership("SRB", "CSTO", OBSERVER, null, null, DateRef.of(PartialDate.parse("2013-05")));
        assertThat(yearsHeld(at)).containsExactly(2013);
    }

    @Test
    void theFullestStatusWinsAndSuspensionCountsAsMembership() {
        List<Membership> claims = List.of(
                Membership.span("ARM", "CSTO", OBSERVER, PartialDate.ofYear(2000), null),
                Membership.span("ARM", "CSTO", SUSPENDED, PartialDate.parse("2024-02-22"), null));
        assertThat(YearEndReading.statusAtEndOf(claims, 2010)).contains(OBSERVER);
        assertThat(YearEndReading.statusAtEndOf(claims, 2024)).contains(MembershipStatus.MEMBER);
        assertThat(YearEndReading.statusAtEndOf(claims, 1999)).isEmpty();
    }
}
