package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One uninterrupted stretch of a status, as all claims about it describe it together: two
 * sources giving different exit dates for the same withdrawal are one episode with one exit,
 * not two exits. Claims with only an "at" date join the episode they fall in but never make
 * its start or end: "is a member" says nothing about when membership began.
 *
 * @param start the earliest start any claim gives (null: no claim says)
 * @param end   the earliest end any claim gives (null: no claim says it ended)
 */
public record MembershipEpisode(String subject, String org, MembershipStatus status, PartialDate start,
                                PartialDate end, List<Claim> claims) {

    public MembershipEpisode { claims = List.copyOf(claims); }

    /** Episodes of every subject, organisation and status among the given membership claims. */
    public static List<MembershipEpisode> of(List<Claim> membershipClaims) {
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Claim c : membershipClaims) {
            Membership m = (Membership) c.body();
            if (m.span() != null)
                byKey.computeIfAbsent(m.subject() + "|" + m.object() + "|" + m.status(), k -> new ArrayList<>()).add(c);
        }
        List<MembershipEpisode> out = new ArrayList<>();
        byKey.values().forEach(claims -> out.addAll(merge(claims)));
        out.sort(Comparator.comparing((MembershipEpisode e) -> e.start() == null ? null : e.start().earliest(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(MembershipEpisode::subject));
        return out;
    }

    private static List<MembershipEpisode> merge(List<Claim> claims) {
        List<Claim> sorted = claims.stream().sorted(Comparator.comparing(MembershipEpisode::start)).toList();
        List<MembershipEpisode> out = new ArrayList<>();
        List<Claim> current = new ArrayList<>();
        LocalDate reach = null;
        for (Claim c : sorted) {
            if (!current.isEmpty() && start(c).isAfter(reach)) {
                out.add(episode(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty() || reach(c).isAfter(reach)) reach = reach(c);
            current.add(c);
        }
        if (!current.isEmpty()) out.add(episode(current));
        return out;
    }

    /**
     * Where a claim joins an episode. An extracted "left in 2012" has no start because the sentence
     * gives none: it belongs to the membership going on just before its end, not to all time.
     */
    private static LocalDate start(Claim c) {
        Membership m = (Membership) c.body();
        if (c.method().kind() == Method.Kind.EXTRACTED && m.from() == null && m.to() != null) return m.to().earliest().minusDays(1);
        return span(c).firstDay();
    }

    /**
     * How far a claim carries its episode. An extracted "joined in 1993" has no end because the
     * sentence gives none, not because the status lasts: it must not glue a later return to the
     * first membership, so it reaches only to the end of its start.
     */
    private static LocalDate reach(Claim c) {
        Membership m = (Membership) c.body();
        if (c.method().kind() == Method.Kind.EXTRACTED && m.to() == null && m.from() != null) return m.from().latest();
        return span(c).lastDay();
    }

    private static MembershipEpisode episode(List<Claim> claims) {
        Membership first = (Membership) claims.get(0).body();
        PartialDate start = null, end = null;
        for (Claim c : claims) {
            Membership m = (Membership) c.body();
            if (m.from() != null && (start == null || m.from().compareTo(start) < 0)) start = m.from();
            if (m.to() != null && (end == null || m.to().compareTo(end) < 0)) end = m.to();
        }
        return new MembershipEpisode(first.subject(), first.object(), first.status(), start, end, claims);
    }

    private static Membership.Span span(Claim c) { return ((Membership) c.body()).span(); }
}
