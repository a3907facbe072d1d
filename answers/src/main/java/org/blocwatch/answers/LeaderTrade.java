package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Trade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trade between the leading state and each other member, where trade claims exist: the most
 * recent figure per partner inside the range, with every figure for that partner as its basis.
 */
public final class LeaderTrade {
    private final AdmittedClaims claims;
    private final MembershipChanges changes;

    public LeaderTrade(AdmittedClaims claims) {
        this.claims = claims;
        this.changes = new MembershipChanges(claims);
    }

    public Indicator trade(String org, String leader, DateRange range) {
        String key = "leader_trade", label = "trade of the leading state with members";
        if (leader == null) return Indicator.unknown(key, label, "no leading state known");
        Set<String> members = new TreeSet<>();
        changes.episodes(org).stream().filter(e -> MemberCount.isMember(e.status())).forEach(e -> members.add(e.subject()));
        members.remove(leader);
        TreeMap<String, List<Claim>> byPartner = new TreeMap<>();
        for (Claim c : claims.ofType(ClaimType.TRADE)) {
            Trade t = (Trade) c.body();
            if (t.between().size() != 2 || !t.between().contains(leader) || t.measure() != null) continue;
            String partner = t.between().get(0).equals(leader) ? t.between().get(1) : t.between().get(0);
            if (members.contains(partner) && inRange(t, range)) byPartner.computeIfAbsent(partner, p -> new ArrayList<>()).add(c);
        }
        if (byPartner.isEmpty()) return Indicator.unknown(key, label, "no trade claims between " + leader + " and members");
        List<Indicator> parts = new ArrayList<>();
        byPartner.forEach((partner, figures) -> {
            Trade latest = (Trade) figures.stream().max(Comparator.comparing(c -> periodEnd((Trade) c.body()))).orElseThrow().body();
            parts.add(new Indicator("leader_trade:" + partner, partner, latest.value(),
                    leader + "–" + partner + " " + FigureRange.describe(latest), figures, List.of()));
        });
        return Indicator.of(key, label + " (" + leader + ")", parts.size(), parts.size() + " partners with figures",
                byPartner.values().stream().flatMap(List::stream).toList(), parts);
    }

    private static boolean inRange(Trade t, DateRange range) {
        return t.period() == null || t.period().to().resolved() == null || range.mayContain(t.period().to().resolved());
    }

    private static LocalDate periodEnd(Trade t) {
        return t.period() == null || t.period().to().resolved() == null ? LocalDate.MIN : t.period().to().resolved().latest();
    }
}
