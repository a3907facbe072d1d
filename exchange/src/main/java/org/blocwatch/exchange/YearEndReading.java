package org.blocwatch.exchange;

import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * How yearly codes and spans translate into each other. COW codes one status per state and year,
 * and its exits show that the code is the status at the year's end: Uzbekistan, which left the
 * CSTO in 2012, is last coded in 2011; Albania, which joined NATO in April 2009, is first coded
 * in 2009. So a run of years first..last means the status began at some day of {@code first}
 * and ended at some day of {@code last + 1}: both bounds are exact as years, which is what a
 * year-precision bound of a span says ({@code to} being the day the status ended). A run that
 * reaches the data's last year has no known end and stays open.
 * <p>
 * Read the other way, a span holds "in" a year when it holds on the year's last day, a coarse
 * bound being taken at its first day: so the span made from a run gives back exactly that run.
 */
final class YearEndReading {
    private YearEndReading() {}

    static Membership span(String subject, String object, MembershipStatus status, int first, int last, int dataLastYear) {
        return Membership.span(subject, object, status, PartialDate.ofYear(first),
                last >= dataLastYear ? null : PartialDate.ofYear(last + 1));
    }

    /**
     * Whether the claim's span holds at the end of the year (coarse bounds read at their first
     * day). A claim made at one date ("a member as of 2010") holds in that date's year.
     */
    static boolean holdsAtEndOf(Membership m, int year) {
        if (m.from() == null && m.to() == null) return m.at() != null && m.at().resolved() != null && m.at().resolved().year() == year;
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return (m.from() == null || !m.from().earliest().isAfter(yearEnd))
                && (m.to() == null || m.to().earliest().isAfter(yearEnd));
    }

    /**
     * The status that holds at the end of the year, the fullest when claims disagree (a
     * suspended member counts as a member, as it is one de jure); empty when none holds.
     */
    static Optional<MembershipStatus> statusAtEndOf(Collection<Membership> claims, int year) {
        return claims.stream().filter(m -> holdsAtEndOf(m, year))
                .map(m -> m.status() == MembershipStatus.SUSPENDED ? MembershipStatus.MEMBER : m.status())
                .min(Comparator.naturalOrder());
    }
}
