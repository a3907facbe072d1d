package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Membership.Span.Truth;
import org.blocwatch.model.Office;
import org.blocwatch.model.Role;
import org.blocwatch.store.ClaimFilter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The share of time each office of the organisation (secretary general, chief of the joint staff
 * ...) was held by nationals of each state, from the first known holder to the end of the range.
 * Nationality is the person's entity code "nationality". Counted day by day: a day inside a
 * coarse bound counts for the holder whose claim certainly covers it, so a handover known only to
 * the year is not counted twice.
 */
public final class OfficeShares {
    static final String VACANT = "vacant";
    static final String UNKNOWN = "nationality unknown";

    private final AdmittedClaims claims;
    private final Map<String, String> nationalities = new HashMap<>();

    public OfficeShares(AdmittedClaims claims) { this.claims = claims; }

    /** One indicator per office: the leading nationality's share in per cent, with every nationality as a part. */
    public List<Indicator> shares(String org, DateRange range) {
        Map<Role, List<Claim>> byRole = new EnumMap<>(Role.class);
        for (Claim c : claims.matching(ClaimFilter.ofType(ClaimType.OFFICE).withObject(org)))
            if (((Office) c.body()).span() != null) byRole.computeIfAbsent(((Office) c.body()).role(), r -> new ArrayList<>()).add(c);
        List<Indicator> out = new ArrayList<>();
        byRole.forEach((role, list) -> out.add(share(role, list, range)));
        return out;
    }

    /** The state whose nationals held the organisation's offices for the most days in the range, or null. */
    public String leadingState(String org, DateRange range) {
        return leadingState(shares(org, range));
    }

    /** The leading state among already computed {@link #shares}. */
    public static String leadingState(List<Indicator> shares) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (Indicator office : shares)
            for (Indicator part : office.parts())
                if (!part.label().equals(VACANT) && !part.label().equals(UNKNOWN)) days.merge(part.label(), part.value().longValue(), Long::sum);
        return days.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Indicator share(Role role, List<Claim> offices, DateRange range) {
        // an office claim without a start ("was secretary general until 2016") does not stretch the
        // count back to the beginning of time: the count starts at the first known start
        LocalDate first = range.clamp(offices.stream().map(c -> span(c).firstDay()).filter(d -> !d.equals(LocalDate.MIN))
                .min(Comparator.naturalOrder())
                .orElseGet(() -> offices.stream().map(c -> span(c).lastDay()).min(Comparator.naturalOrder()).orElseThrow()));
        Map<String, Long> days = new LinkedHashMap<>();
        Map<String, Set<Claim>> basis = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(range.to()); d = d.plusDays(1)) {
            List<Claim> holders = holders(offices, d, Truth.YES);
            if (holders.isEmpty()) holders = holders(offices, d, Truth.UNCERTAIN);
            Set<String> nationalities = new LinkedHashSet<>();
            for (Claim c : holders) {
                String nat = nationality(((Office) c.body()).person());
                nationalities.add(nat);
                basis.computeIfAbsent(nat, k -> new LinkedHashSet<>()).add(c);
            }
            if (nationalities.isEmpty()) nationalities.add(VACANT);
            nationalities.forEach(n -> days.merge(n, 1L, Long::sum));
        }
        long total = ChronoUnit.DAYS.between(first, range.to()) + 1;
        List<Indicator> parts = days.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Indicator("office_days:" + role.wire() + ":" + e.getKey(), e.getKey(),
                        BigDecimal.valueOf(e.getValue()), e.getKey() + " " + percent(e.getValue(), total) + "% ("
                        + years(e.getValue()) + " of " + years(total) + " yrs)",
                        List.copyOf(basis.getOrDefault(e.getKey(), Set.of())), List.of()))
                .toList();
        Indicator lead = parts.stream().filter(p -> !p.label().equals(VACANT) && !p.label().equals(UNKNOWN))
                .findFirst().orElse(parts.get(0));
        return new Indicator("office_share:" + role.wire(), role.wire().replace('_', ' ') + " (share by nationality)",
                percent(lead.value().longValue(), total), String.join(", ", parts.stream().map(Indicator::display).toList()),
                offices, parts);
    }

    private static List<Claim> holders(List<Claim> offices, LocalDate day, Truth truth) {
        return offices.stream().filter(c -> span(c).holdsOn(day) == truth).toList();
    }

    private String nationality(String person) {
        return nationalities.computeIfAbsent(person, p -> claims.store().entity(p)
                .map(e -> e.code("nationality")).orElse(UNKNOWN));
    }

    private static Membership.Span span(Claim c) { return ((Office) c.body()).span(); }

    static String years(long days) {
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(365.25), 1, RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal percent(long part, long total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP);
    }
}
