package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.ClaimFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Accessions, exits and suspensions: the starts and ends of membership episodes inside the range.
 * Founding members count as accessions on the day they signed; an exit whose date sources
 * disagree on is one exit resting on all of them. A coarse date that a more precise one falls
 * inside ("1949" and "1949-08-24") is no disagreement: the precise one is shown.
 */
public final class MembershipChanges {
    private final AdmittedClaims claims;

    public MembershipChanges(AdmittedClaims claims) { this.claims = claims; }

    public List<MembershipEpisode> episodes(String org) {
        return MembershipEpisode.of(claims.matching(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org)));
    }

    public Indicator accessions(String org, DateRange range) {
        return count("accessions", "accessions", org, range, MembershipStatus.MEMBER, Membership::from, Membership::to, false);
    }

    /**
     * An exit needs every curated or imported source of the episode to end it: there an open end
     * means the status still holds, so one source that ends a span another keeps open is no exit
     * (COW's West Germany ending in 1990 while NATO membership goes on, say).
     */
    public Indicator exits(String org, DateRange range) {
        return count("exits", "exits (withdrawals)", org, range, MembershipStatus.MEMBER, Membership::to, Membership::from, true);
    }

    public Indicator suspensions(String org, DateRange range) {
        return count("suspensions", "suspensions (frozen participation)", org, range,
                MembershipStatus.SUSPENDED, Membership::from, Membership::to, false);
    }

    /**
     * @param bound    the bound counted (from for accessions, to for exits)
     * @param opposite the other bound: where one claim's span ends and the next one's starts (a
     *                 dataset's run of years broken in two) the join is neither an exit nor an accession
     */
    private Indicator count(String key, String label, String org, DateRange range, MembershipStatus status,
                            Function<Membership, PartialDate> bound, Function<Membership, PartialDate> opposite,
                            boolean everySourceMustGiveIt) {
        List<Indicator> parts = new ArrayList<>();
        for (MembershipEpisode e : episodes(org)) {
            if (e.status() != status) continue;
            List<Claim> spanClaims = e.claims().stream().filter(c -> isSpan((Membership) c.body())).toList();
            List<Membership> spans = spanClaims.stream().map(c -> (Membership) c.body()).toList();
            if (everySourceMustGiveIt && spanClaims.stream().anyMatch(c -> keepsOpen(c, bound))) continue;
            List<PartialDate> joins = spans.stream().map(opposite).filter(Objects::nonNull).toList();
            List<PartialDate> given = spans.stream().map(bound).filter(Objects::nonNull)
                    .filter(d -> joins.stream().noneMatch(j -> compatible(d, j))).distinct().sorted().toList();
            if (given.isEmpty()) continue;
            List<PartialDate> dates = sharpest(given);
            PartialDate date = dates.get(0);
            if (!range.mayContain(date)) continue;
            String disputed = dates.size() > 1 ? " (sources differ: " + String.join(" / ", dates.stream().map(String::valueOf).toList()) + ")" : "";
            parts.add(Indicator.of(key + ":" + e.subject() + ":" + date, e.subject(), 1,
                    e.subject() + " " + date + disputed, e.claims(), List.of()));
        }
        String names = parts.stream().map(Indicator::display).reduce((a, b) -> a + ", " + b).orElse("");
        return Indicator.of(key, label, parts.size(), parts.size() + (names.isEmpty() ? "" : ": " + names),
                parts.stream().flatMap(p -> p.basis().stream()).toList(), parts);
    }

    private static boolean isSpan(Membership m) {
        return m.from() != null || m.to() != null;
    }

    /**
     * A curated or imported span without this bound says the status goes on; an extracted one
     * ("joined in 1993") just does not say, so it keeps nothing open.
     */
    private static boolean keepsOpen(Claim c, Function<Membership, PartialDate> bound) {
        return bound.apply((Membership) c.body()) == null && c.method().kind() != Method.Kind.EXTRACTED;
    }

    /** Two dates that may denote the same day. */
    private static boolean compatible(PartialDate a, PartialDate b) {
        return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
    }

    /** The dates that no other, more precise date in the list narrows down: "1949" goes when "1949-08-24" is there. */
    static List<PartialDate> sharpest(List<PartialDate> dates) {
        return dates.stream().filter(d -> dates.stream().noneMatch(o -> !o.equals(d)
                && d.covers(o.earliest()) && d.covers(o.latest()))).toList();
    }
}
