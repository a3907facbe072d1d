package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.EventKind;
import org.blocwatch.query.MembershipQuery;
import org.blocwatch.query.StatusAnswer;

import java.util.ArrayList;
import java.util.List;

/**
 * Armed clashes between states that were both members of the organisation on the day: the
 * alliance failed at its first task. A clash counts when at least two of its participants had
 * member (or suspended member) status on its date; the indicator rests on the clash and on the
 * membership claims of both sides.
 */
public final class MemberClashes {
    private final AdmittedClaims claims;
    private final MembershipQuery query;

    public MemberClashes(AdmittedClaims claims) {
        this.claims = claims;
        this.query = new MembershipQuery(claims.store(), claims.view());
    }

    public Indicator count(String org, DateRange range) {
        List<Indicator> parts = new ArrayList<>();
        for (ReportedEvent clash : ReportedEvent.of(claims.events(EventKind.ARMED_CLASH, null), range)) {
            List<StatusAnswer> members = new ArrayList<>();
            for (String state : clash.event().participants()) {
                StatusAnswer a = query.status(state, org, clash.date());
                if (MemberCount.isMember(a.status())) members.add(a);
            }
            if (members.size() < 2) continue;
            List<Claim> basis = new ArrayList<>(clash.claims());
            members.forEach(m -> basis.addAll(m.supporting()));
            String sides = String.join(" vs ", members.stream().map(StatusAnswer::subject).toList());
            boolean uncertain = members.stream().anyMatch(StatusAnswer::uncertain);
            parts.add(Indicator.of("clash:" + clash.date() + ":" + sides, sides, 1,
                    sides + " " + clash.date() + " " + clash.label() + (uncertain ? " (membership uncertain)" : ""),
                    basis, List.of()));
        }
        return Indicator.of("member_clashes", "armed clashes between members", parts.size(),
                String.valueOf(parts.size()), parts.stream().flatMap(p -> p.basis().stream()).toList(), parts);
    }
}
