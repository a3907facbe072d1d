package org.blocwatch.answers;

import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.ClaimFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Accessions, exits and suspensions: the starts and ends of membership episodes inside the range.
 * Founding members count as accessions on the day they signed; an exit whose date sources
 * disagree on is one exit resting on all of them.
 */
public final class MembershipChanges {
    private final AdmittedClaims claims;

    public MembershipChanges(AdmittedClaims claims) { this.claims = claims; }

    public List<MembershipEpisode> episodes(String org) {
        return MembershipEpisode.of(claims.matching(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org)));
    }

    public Indicator accessions(String org, DateRange range) {
        return count("accessions", "accessions", org, range, MembershipStatus.MEMBER, Membership::from);
    }

    public Indicator exits(String org, DateRange range) {
        return count("exits", "exits (withdrawals)", org, range, MembershipStatus.MEMBER, Membership::to);
    }

    public Indicator suspensions(String org, DateRange range) {
        return count("suspensions", "suspensions (frozen participation)", org, range,
                MembershipStatus.SUSPENDED, Membership::from);
    }

    private Indicator count(String key, String label, String org, DateRange range, MembershipStatus status,
                            Function<Membership, PartialDate> bound) {
        List<Indicator> parts = new ArrayList<>();
        for (MembershipEpisode e : episodes(org)) {
            if (e.status() != status) continue;
            List<PartialDate> dates = e.claims().stream().map(c -> bound.apply((Membership) c.body()))
                    .filter(d -> d != null).distinct().sorted().toList();
            if (dates.isEmpty() || !range.mayContain(dates.get(0))) continue;
            PartialDate date = dates.get(0);
            String disputed = dates.size() > 1 ? " (sources differ: " + dates.stream().map(String::valueOf)
                    .reduce((a, b) -> a + " / " + b).orElseThrow() + ")" : "";
            parts.add(Indicator.of(key + ":" + e.subject() + ":" + date, e.subject(), 1,
                    e.subject() + " " + date + disputed, e.claims(), List.of()));
        }
        String names = parts.stream().map(Indicator::display).reduce((a, b) -> a + ", " + b).orElse("");
        return Indicator.of(key, label, parts.size(), parts.size() + (names.isEmpty() ? "" : ": " + names),
                parts.stream().flatMap(p -> p.basis().stream()).toList(), parts);
    }
}
