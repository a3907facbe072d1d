package org.blocwatch.answers.report;

import org.blocwatch.answers.AdmittedClaims;
import org.blocwatch.answers.DateRange;
import org.blocwatch.answers.Indicator;
import org.blocwatch.answers.MemberClashes;
import org.blocwatch.answers.MemberCount;
import org.blocwatch.answers.MembershipChanges;
import org.blocwatch.answers.MembershipEpisode;
import org.blocwatch.answers.OrganisationIndicators;
import org.blocwatch.answers.ReportedEvent;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Event;
import org.blocwatch.model.EventKind;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.store.ClaimFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Gathers a report's data: for an organisation its members, for a state its organisations. */
public final class ReportBuilder {
    private final AdmittedClaims claims;
    private final LocalDate today;

    public ReportBuilder(AdmittedClaims claims, LocalDate today) {
        this.claims = claims;
        this.today = today;
    }

    public ReportData build(Entity subject, DateRange range, String view) {
        if (subject.kind() == EntityKind.PERSON || subject.kind() == EntityKind.PLACE)
            throw new IllegalArgumentException("reports are on organisations and states; " + subject.id() + " is a " + subject.kind().name().toLowerCase());
        return subject.kind() == EntityKind.STATE ? state(subject, range, view) : organisation(subject, range, view);
    }

    private ReportData organisation(Entity org, DateRange range, String view) {
        List<MembershipEpisode> episodes = new MembershipChanges(claims).episodes(org.id());
        DateRange shown = shown(range, episodes);
        List<CountPoint> counts = new MemberCount(claims).series(org.id(), shown).stream()
                .map(p -> new CountPoint(p.day(), p.count())).toList();
        Indicator clashes = new MemberClashes(claims).count(org.id(), shown);
        List<Claim> eventClaims = new ArrayList<>(about(org.id(), ClaimType.EVENT));
        clashes.basis().stream().filter(c -> c.type() == ClaimType.EVENT).forEach(eventClaims::add);
        List<ReportedEvent> events = ReportedEvent.of(eventClaims, shown);

        Set<String> around = new TreeSet<>();
        List<NetworkChart.Link> links = new ArrayList<>();
        // only members: observers and partners would crowd the circle and are in the Gantt chart
        for (MembershipEpisode e : episodes) {
            if (e.status() != MembershipStatus.MEMBER) continue;
            around.add(e.subject());
            links.add(new NetworkChart.Link(org.id(), e.subject(), "membership", e.end() == null, e.subject() + " member"));
        }
        for (ReportedEvent e : events) if (e.event().kind() == EventKind.ARMED_CLASH) links.addAll(clashLinks(e.event(), around));
        return new ReportData(org, true, shown, view, episodes, counts, events, List.copyOf(around), links,
                new OrganisationIndicators(claims, today).compute(org.id(), shown), names(org, episodes, around));
    }

    private ReportData state(Entity state, DateRange range, String view) {
        List<MembershipEpisode> episodes = MembershipEpisode.of(
                claims.matching(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withSubject(state.id())));
        DateRange shown = shown(range, episodes);
        List<ReportedEvent> events = ReportedEvent.of(about(state.id(), ClaimType.EVENT), shown);
        Set<String> around = new LinkedHashSet<>();
        List<NetworkChart.Link> links = new ArrayList<>();
        for (MembershipEpisode e : episodes) {
            around.add(e.org());
            if (e.status() == MembershipStatus.MEMBER)
                links.add(new NetworkChart.Link(state.id(), e.org(), "membership", e.end() == null, e.org()));
        }
        for (ReportedEvent e : events)
            if (e.event().kind() == EventKind.ARMED_CLASH)
                for (String other : e.event().participants())
                    if (!other.equals(state.id())) {
                        around.add(other);
                        links.add(new NetworkChart.Link(state.id(), other, "clash", false, e.label()));
                    }
        return new ReportData(state, false, shown, view, episodes, memberships(episodes, shown), events,
                List.copyOf(around), links, List.of(), names(state, episodes, around));
    }

    private List<Claim> about(String id, ClaimType type) {
        return claims.matching(ClaimFilter.about(id)).stream().filter(c -> c.type() == type).toList();
    }

    /** The range narrowed to start with the first known membership, so charts do not begin in year 1. */
    private static DateRange shown(DateRange range, List<MembershipEpisode> episodes) {
        LocalDate first = episodes.stream().filter(e -> e.start() != null).map(e -> e.start().earliest())
                .min(LocalDate::compareTo).orElse(range.to().minusYears(10));
        LocalDate start = range.clamp(first.withDayOfYear(1));
        return new DateRange(start.isAfter(range.from()) ? start : range.from(), range.to());
    }

    private static List<NetworkChart.Link> clashLinks(Event clash, Set<String> members) {
        List<NetworkChart.Link> out = new ArrayList<>();
        List<String> sides = clash.participants().stream().filter(members::contains).toList();
        for (int i = 0; i < sides.size(); i++)
            for (int j = i + 1; j < sides.size(); j++)
                out.add(new NetworkChart.Link(sides.get(i), sides.get(j), "clash", false, clash.kind().wire()));
        return out;
    }

    /** How many organisations a state belonged to, at every start and end of its memberships. */
    private static List<CountPoint> memberships(List<MembershipEpisode> episodes, DateRange range) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(range.from());
        for (MembershipEpisode e : episodes) {
            if (e.start() != null) days.add(range.clamp(e.start().earliest()));
            if (e.end() != null) days.add(range.clamp(e.end().earliest()));
        }
        List<CountPoint> out = new ArrayList<>();
        for (LocalDate d : days) {
            Set<String> orgs = new TreeSet<>();
            for (MembershipEpisode e : episodes)
                if (e.status() == MembershipStatus.MEMBER && (e.start() == null || !d.isBefore(e.start().earliest()))
                        && (e.end() == null || d.isBefore(e.end().earliest()))) orgs.add(e.org());
            out.add(new CountPoint(d, orgs.size()));
        }
        return out;
    }

    /** Labels of the subject, of every state and organisation in its memberships, and of the network's nodes. */
    private Map<String, String> names(Entity subject, List<MembershipEpisode> episodes, Set<String> around) {
        Set<String> ids = new TreeSet<>(around);
        episodes.forEach(e -> { ids.add(e.subject()); ids.add(e.org()); });
        Map<String, String> out = new HashMap<>();
        for (String id : ids) out.put(id, claims.store().entity(id).map(Entity::label).orElse(id));
        out.put(subject.id(), subject.label());
        return out;
    }
}
