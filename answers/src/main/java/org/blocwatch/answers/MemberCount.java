package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;
import org.blocwatch.query.MembershipQuery;
import org.blocwatch.query.StatusAnswer;
import org.blocwatch.store.ClaimFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How many members an organisation had over time. Counted with {@link MembershipQuery} on every
 * day the count can change (each bound of each membership claim) and at each year end, so the
 * series has the peaks a yearly sample would miss. A suspended state is still a member de jure.
 */
public final class MemberCount {

    /** The members on one day, with the answers (and so the claims) behind each. */
    public record Point(LocalDate day, List<StatusAnswer> members) {
        public int count() { return members.size(); }

        public List<Claim> claims() {
            return members.stream().flatMap(m -> m.supporting().stream()).toList();
        }
    }

    private final AdmittedClaims claims;
    private final MembershipQuery query;

    public MemberCount(AdmittedClaims claims) {
        this.claims = claims;
        this.query = new MembershipQuery(claims.store(), claims.view());
    }

    public List<Point> series(String org, DateRange range) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Claim c : claims.matching(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org))) {
            Membership m = (Membership) c.body();
            if (!isMember(m.status()) || m.span() == null) continue;
            for (PartialDate bound : new PartialDate[]{m.from(), m.to(), m.at() == null ? null : m.at().resolved()})
                if (bound != null) { days.add(bound.earliest()); days.add(bound.latest()); }
        }
        if (days.isEmpty()) return List.of();
        LocalDate first = range.clamp(days.first());
        for (int year = first.getYear(); year <= range.to().getYear(); year++) days.add(LocalDate.of(year, 12, 31));
        days.add(range.to());
        List<Point> out = new ArrayList<>();
        for (LocalDate day : days.subSet(first, true, range.to(), true)) out.add(new Point(day, membersOn(org, day)));
        return out;
    }

    public List<StatusAnswer> membersOn(String org, LocalDate day) {
        return query.members(org, day, null).stream().filter(a -> isMember(a.status())).toList();
    }

    /** The highest count in the range and the first day it was reached. */
    public Indicator peak(String org, DateRange range) {
        List<Point> series = series(org, range);
        if (series.isEmpty()) return Indicator.unknown("peak_members", "peak member count", "no membership claims");
        Point peak = series.get(0);
        for (Point p : series) if (p.count() > peak.count()) peak = p;
        return Indicator.of("peak_members", "peak member count", peak.count(), peak.count() + " on " + peak.day(),
                peak.claims(), parts(peak));
    }

    /** The count on each day it changed, from the first member on: the shape of the organisation's history. */
    public Indicator changes(String org, DateRange range) {
        List<Point> changed = new ArrayList<>();
        for (Point p : series(org, range))
            if (changed.isEmpty() || changed.get(changed.size() - 1).count() != p.count()) changed.add(p);
        if (changed.isEmpty()) return Indicator.unknown("member_count_changes", "member count over time", "no membership claims");
        List<Indicator> parts = changed.stream().map(p -> Indicator.of("members_on:" + p.day(), p.day().toString(), p.count(),
                p.count() + " on " + p.day(), p.claims(), List.of())).toList();
        return Indicator.of("member_count_changes", "member count over time (changes)", changed.size(),
                String.join(" \u2192 ", parts.stream().map(Indicator::display).toList()), List.of(), parts);
    }

    /** The count on the last day of the range. */
    public Indicator atEnd(String org, DateRange range) {
        Point end = new Point(range.to(), membersOn(org, range.to()));
        return Indicator.of("members_at_end", "members on " + range.to(), end.count(),
                String.valueOf(end.count()), end.claims(), parts(end));
    }

    private static List<Indicator> parts(Point p) {
        return p.members().stream().map(m -> Indicator.of("member:" + m.subject(), m.subject(), 1,
                m.subject() + " " + m.status().wire() + (m.uncertain() ? " (uncertain)" : ""), m.supporting(), List.of())).toList();
    }

    static boolean isMember(MembershipStatus s) {
        return s == MembershipStatus.MEMBER || s == MembershipStatus.SUSPENDED;
    }
}
