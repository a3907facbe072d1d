package org.blocwatch.query;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Membership.Span;
import org.blocwatch.model.Membership.Span.Truth;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.KnowledgeStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who held which status in an organisation on a given day. Every answer is computed from the
 * membership claims the view admits, keeps the claims it rests on, and names the claims that
 * disagree with it: blocwatch never chooses silently between sources.
 */
public final class MembershipQuery {
    private final KnowledgeStore store;
    private final ClaimView view;

    public MembershipQuery(KnowledgeStore store, ClaimView view) {
        this.store = store;
        this.view = view;
    }

    /** Every subject with a status in {@code org} on {@code day}, optionally only those of one status. */
    public List<StatusAnswer> members(String org, LocalDate day, MembershipStatus only) {
        Map<String, List<Claim>> bySubject = new LinkedHashMap<>();
        for (Claim c : visible(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org)))
            bySubject.computeIfAbsent(((Membership) c.body()).subject(), k -> new ArrayList<>()).add(c);
        List<StatusAnswer> out = new ArrayList<>();
        bySubject.forEach((subject, claims) -> {
            StatusAnswer a = decide(subject, org, day, claims);
            if (a.status() != null && (only == null || a.status() == only)) out.add(a);
        });
        out.sort(Comparator.comparing(StatusAnswer::subject));
        return out;
    }

    /**
     * Members on a date of any precision. A coarse date ("2012") is judged on its first and last
     * day; a subject whose status differs between the two is listed once, marked uncertain.
     */
    public List<StatusAnswer> members(String org, PartialDate at, MembershipStatus only) {
        if (at.isExact()) return members(org, at.earliest(), only);
        Map<String, StatusAnswer> merged = new LinkedHashMap<>();
        List<StatusAnswer> first = members(org, at.earliest(), only);
        List<StatusAnswer> last = members(org, at.latest(), only);
        for (StatusAnswer a : last) merged.put(a.subject(), a);
        for (StatusAnswer a : first) {
            StatusAnswer later = merged.get(a.subject());
            if (later == null || later.status() != a.status()) merged.put(a.subject(), uncertain(later == null ? a : later));
        }
        for (StatusAnswer a : last)
            if (first.stream().noneMatch(f -> f.subject().equals(a.subject()))) merged.put(a.subject(), uncertain(a));
        return merged.values().stream().sorted(Comparator.comparing(StatusAnswer::subject)).toList();
    }

    /** The status of one subject on a date of any precision, judged on its last day. */
    public StatusAnswer status(String subject, String org, PartialDate at) {
        StatusAnswer last = status(subject, org, at.latest());
        if (at.isExact()) return last;
        StatusAnswer first = status(subject, org, at.earliest());
        return first.status() == last.status() ? last : uncertain(last.status() != null ? last : first);
    }

    private static StatusAnswer uncertain(StatusAnswer a) {
        return new StatusAnswer(a.subject(), a.object(), a.day(), a.status(), a.from(), a.to(), true,
                a.supporting(), a.contradicting());
    }

    /** The status of one subject in {@code org} on {@code day}; status null when it had none. */
    public StatusAnswer status(String subject, String org, LocalDate day) {
        return decide(subject, org, day,
                visible(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org).withSubject(subject)));
    }

    private List<Claim> visible(ClaimFilter filter) {
        return view.claims(store, filter);
    }

    private static StatusAnswer decide(String subject, String org, LocalDate day, List<Claim> claims) {
        List<Judged> judged = new ArrayList<>();
        for (Claim c : claims) {
            Span span = ((Membership) c.body()).span();
            if (span != null) judged.add(new Judged(c, span, span.holdsOn(day)));
        }
        List<Judged> active = judged.stream().filter(j -> j.truth != Truth.NO).toList();
        if (active.isEmpty()) return new StatusAnswer(subject, org, day, null, null, null, false, List.of(), List.of());

        MembershipStatus status = choose(active);
        // under a suspension every standing it qualifies supports the answer; otherwise only the status itself
        List<Judged> supporting = active.stream()
                .filter(j -> j.status() == status || status == MembershipStatus.SUSPENDED)
                .sorted(Comparator.comparing((Judged j) -> j.status() != status)).toList();
        List<Claim> contradicting = new ArrayList<>();
        for (Judged j : judged) {
            boolean otherStatusSameDay = j.truth != Truth.NO && !j.status().compatibleWith(status);
            boolean boundsDisagree = j.truth == Truth.NO && j.status().compatibleWith(status)
                    && supporting.stream().anyMatch(s -> s.status() == j.status() && s.span.overlaps(j.span));
            if (otherStatusSameDay || boundsDisagree) contradicting.add(j.claim);
        }
        Judged main = supporting.stream().filter(j -> j.status() == status)
                .min(Comparator.comparing((Judged j) -> j.truth != Truth.YES)
                        .thenComparing(j -> j.span.only() != null) // a span says more than a statement about one day
                        .thenComparing(j -> j.span.start() == null || !j.span.start().isExact()))
                .orElseThrow();
        boolean uncertain = supporting.stream().noneMatch(j -> j.status() == status && j.truth == Truth.YES)
                || !contradicting.isEmpty();
        return new StatusAnswer(subject, org, day, status, main.span.start(), main.span.end(), uncertain,
                supporting.stream().map(j -> j.claim).toList(), contradicting);
    }

    /**
     * Suspension overrides membership (the state is a member that does not take part); otherwise
     * the status most sources affirm for that day wins, the fuller status on a tie.
     */
    private static MembershipStatus choose(List<Judged> active) {
        Map<MembershipStatus, Integer> score = new EnumMap<>(MembershipStatus.class);
        for (Judged j : active) score.merge(j.status(), j.truth == Truth.YES ? 2 : 1, Integer::sum);
        if (score.containsKey(MembershipStatus.SUSPENDED)) return MembershipStatus.SUSPENDED;
        return score.entrySet().stream()
                .max(Comparator.<Map.Entry<MembershipStatus, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey();
    }

    private record Judged(Claim claim, Span span, Truth truth) {
        MembershipStatus status() { return ((Membership) claim.body()).status(); }
    }
}
