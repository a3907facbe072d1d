package org.blocwatch.answers;

import org.blocwatch.model.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every indicator of one organisation over a date range, in a fixed order so that organisations
 * line up side by side, and the check of an analysis's stated figures against them.
 */
public final class OrganisationIndicators {
    private final AdmittedClaims claims;
    private final LocalDate today;

    public OrganisationIndicators(AdmittedClaims claims, LocalDate today) {
        this.claims = claims;
        this.today = today;
    }

    public List<Indicator> compute(String org, DateRange range) {
        MemberCount count = new MemberCount(claims);
        MembershipChanges changes = new MembershipChanges(claims);
        OfficeShares offices = new OfficeShares(claims);
        List<Indicator> out = new ArrayList<>();
        out.add(count.atEnd(org, range));
        out.add(count.peak(org, range));
        out.add(count.changes(org, range));
        out.add(changes.accessions(org, range));
        out.add(changes.exits(org, range));
        out.add(changes.suspensions(org, range));
        out.add(new MemberClashes(claims).count(org, range));
        out.add(new Operations(claims).count(org, range));
        List<Indicator> shares = offices.shares(org, range);
        out.addAll(shares);
        String leader = OfficeShares.leadingState(shares);
        out.add(leader == null ? Indicator.unknown("leading_state", "leading state", "no office holders known")
                : new Indicator("leading_state", "leading state (most years in office)", null, leader,
                shares.stream().flatMap(s -> s.basis().stream()).toList(), List.of()));
        out.add(new SummitAttendance(claims).attendance(org, range));
        out.add(new LeaderTrade(claims).trade(org, leader, range));
        return out;
    }

    /** Each figure the analysis states about {@code org}, beside the KB's value over the same period. */
    public List<FigureCheck> check(AnalysisComparison analysis, String org) {
        List<FigureCheck> out = new ArrayList<>();
        Map<DateRange, List<Indicator>> byRange = new HashMap<>();
        for (StatedFigure f : analysis.about(org)) {
            DateRange range = DateRange.of(f.from(), f.to(), today);
            Indicator kb = byRange.computeIfAbsent(range, r -> compute(org, r)).stream().filter(i -> i.key().equals(f.indicator())).findFirst()
                    .orElse(Indicator.unknown(f.indicator(), f.indicator(), "the KB has no claims to compute it from"));
            out.add(new FigureCheck(analysis.citation(), f, kb));
        }
        return out;
    }

    public DateRange range(PartialDate from, PartialDate to) {
        return DateRange.of(from, to, today);
    }
}
