package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.EventKind;
import org.blocwatch.query.StatusAnswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each member, the share of the organisation's summits it attended among those held while it
 * was a member. A summit's participants are the states attending; a member missing from them was
 * absent (boycotts show up here).
 */
public final class SummitAttendance {
    private final AdmittedClaims claims;
    private final MemberCount members;

    public SummitAttendance(AdmittedClaims claims) {
        this.claims = claims;
        this.members = new MemberCount(claims);
    }

    /** The value is the number of summits; the parts are the members with their attendance share in per cent. */
    public Indicator attendance(String org, DateRange range) {
        List<ReportedEvent> summits = ReportedEvent.of(claims.events(EventKind.SUMMIT, org), range);
        if (summits.isEmpty()) return Indicator.unknown("summit_attendance", "summit attendance", "no summits in the KB");
        Map<String, int[]> tally = new TreeMap<>();
        Map<String, List<Claim>> basis = new LinkedHashMap<>();
        for (ReportedEvent summit : summits) {
            for (StatusAnswer m : members.membersOn(org, summit.date().earliest())) {
                int[] t = tally.computeIfAbsent(m.subject(), k -> new int[2]);
                t[1]++;
                if (summit.event().participants().contains(m.subject())) t[0]++;
                List<Claim> b = basis.computeIfAbsent(m.subject(), k -> new ArrayList<>());
                b.addAll(summit.claims());
                b.addAll(m.supporting());
            }
        }
        List<Indicator> parts = new ArrayList<>();
        tally.forEach((state, t) -> parts.add(new Indicator("summit_attendance:" + state, state,
                OfficeShares.percent(t[0], t[1]), state + " " + t[0] + "/" + t[1], basis.get(state), List.of())));
        String lowest = parts.stream().min(Comparator.comparing(Indicator::value))
                .map(p -> "; lowest " + p.display()).orElse("");
        return Indicator.of("summit_attendance", "summits (attendance per member)", summits.size(),
                summits.size() + " summits" + lowest, summits.stream().flatMap(s -> s.claims().stream()).toList(), parts);
    }
}
