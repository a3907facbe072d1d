package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Investment;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Trade;
import org.blocwatch.store.ClaimFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Finds pairs of claims that cannot both hold:
 * <ul>
 *   <li>statuses that exclude each other (observer and member, say; see {@link MembershipStatus#compatibleWith}) for
 *       the same subject and organisation on days both claims certainly cover;</li>
 *   <li>different dates for the same accession or exit: same subject, organisation and status,
 *       overlapping spans, and a start or an end that cannot be the same day at the precision given;</li>
 *   <li>trade or investment figures for the same pair and period whose ranges, by precision and
 *       qualifier (approx, more_than, less_than), do not meet.</li>
 * </ul>
 * Claims with identical bodies agree by definition and corroborate each other instead.
 */
public final class ConflictFinder {
    private final AdmittedClaims claims;

    public ConflictFinder(AdmittedClaims claims) { this.claims = claims; }

    /** Every conflict, or only those about one entity when {@code about} is given. */
    public List<Conflict> find(String about) {
        List<Claim> all = about == null ? claims.matching(ClaimFilter.all()) : claims.matching(ClaimFilter.about(about));
        List<Conflict> out = new ArrayList<>();
        out.addAll(memberships(all.stream().filter(c -> c.type() == ClaimType.MEMBERSHIP).toList()));
        out.addAll(figures(all.stream().filter(c -> c.type() == ClaimType.TRADE || c.type() == ClaimType.INVESTMENT).toList()));
        return out;
    }

    private static List<Conflict> memberships(List<Claim> list) {
        Map<String, List<Claim>> byPair = group(list, c -> ((Membership) c.body()).subject() + " in " + ((Membership) c.body()).object());
        List<Conflict> out = new ArrayList<>();
        byPair.forEach((pair, claims) -> {
            for (int i = 0; i < claims.size(); i++)
                for (int j = i + 1; j < claims.size(); j++) {
                    Claim a = claims.get(i), b = claims.get(j);
                    if (same(a, b)) continue;
                    Membership m = (Membership) a.body(), n = (Membership) b.body();
                    if (m.span() == null || n.span() == null) continue;
                    if (!m.status().compatibleWith(n.status())) {
                        LocalDate shared = sharedCertainDay(m, n);
                        if (shared != null) out.add(new Conflict("status", pair, m.status().wire() + " and " + n.status().wire()
                                + " on the same days (e.g. " + shared + ")", a, b));
                    } else if (m.status() == n.status() && m.span().overlaps(n.span()) && !joined(m, n)) {
                        if (differ(m.from(), n.from())) out.add(new Conflict("dates", pair,
                                m.status().wire() + " from " + m.from() + " or from " + n.from(), a, b));
                        if (differ(m.to(), n.to())) out.add(new Conflict("dates", pair,
                                m.status().wire() + " until " + m.to() + " or until " + n.to(), a, b));
                    }
                }
        });
        return out;
    }


    /** The first day both claims certainly hold (not merely inside a coarse bound), or null. */
    private static LocalDate sharedCertainDay(Membership m, Membership n) {
        LocalDate start = max(certainFirst(m), certainFirst(n));
        LocalDate end = min(certainLast(m), certainLast(n));
        return start.isAfter(end) ? null : start;
    }

    private static LocalDate certainFirst(Membership m) {
        if (m.from() == null && m.to() == null) return m.span().only().earliest();
        return m.from() == null ? LocalDate.MIN : m.from().latest();
    }

    private static LocalDate certainLast(Membership m) {
        if (m.from() == null && m.to() == null) return m.span().only().latest();
        return m.to() == null ? LocalDate.MAX : m.to().earliest().minusDays(1);
    }

    /**
     * One span ends where the other begins (a dataset's run of years broken in two): consecutive,
     * not two readings of the same span, though coarse bounds make them overlap.
     */
    private static boolean joined(Membership m, Membership n) {
        return sameDayPossible(m.to(), n.from()) || sameDayPossible(n.to(), m.from());
    }

    private static boolean sameDayPossible(PartialDate a, PartialDate b) {
        return a != null && b != null && !differ(a, b);
    }

    /** Two given bounds that cannot denote the same day. */
    private static boolean differ(PartialDate a, PartialDate b) {
        return a != null && b != null && (a.latest().isBefore(b.earliest()) || b.latest().isBefore(a.earliest()));
    }

    private static List<Conflict> figures(List<Claim> list) {
        Map<String, List<Claim>> byKey = group(list, ConflictFinder::figureKey);
        List<Conflict> out = new ArrayList<>();
        byKey.forEach((key, claims) -> {
            for (int i = 0; i < claims.size(); i++)
                for (int j = i + 1; j < claims.size(); j++) {
                    Claim a = claims.get(i), b = claims.get(j);
                    if (same(a, b) || range(a).meets(range(b))) continue;
                    out.add(new Conflict("figures", key, describe(a) + " or " + describe(b), a, b));
                }
        });
        return out;
    }

    private static String figureKey(Claim c) {
        if (c.body() instanceof Trade t)
            return "trade " + String.join("–", new TreeSet<>(t.between())) + " " + t.period() + " " + t.currency()
                    + (t.measure() == null ? "" : " " + t.measure());
        Investment i = (Investment) c.body();
        return "investment " + i.from() + "→" + i.to() + " " + i.period() + " " + i.currency();
    }

    private static FigureRange range(Claim c) {
        if (c.body() instanceof Trade t) return FigureRange.of(t.value(), t.qualifier());
        Investment i = (Investment) c.body();
        return FigureRange.of(i.value(), i.qualifier());
    }

    private static String describe(Claim c) {
        return c.body() instanceof Trade t ? FigureRange.describe(t) : FigureRange.describe((Investment) c.body());
    }

    private static boolean same(Claim a, Claim b) {
        return Objects.equals(ClaimJson.bodyKey(a.body()), ClaimJson.bodyKey(b.body()));
    }

    private static Map<String, List<Claim>> group(List<Claim> list, java.util.function.Function<Claim, String> key) {
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        for (Claim c : list) out.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }
}
