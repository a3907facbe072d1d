package org.blocwatch.answers;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Event;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event as every source that reports it in the same terms: claims with identical bodies
 * are one event, so a clash told by three sources is counted once and cited three times.
 */
public record ReportedEvent(Event event, List<Claim> claims) {

    public ReportedEvent { claims = List.copyOf(claims); }

    /** The events among the claims, with a known date inside the range, in date order. */
    public static List<ReportedEvent> of(List<Claim> eventClaims, DateRange range) {
        Map<String, List<Claim>> byBody = new LinkedHashMap<>();
        for (Claim c : eventClaims) byBody.computeIfAbsent(ClaimJson.bodyKey(c.body()), k -> new ArrayList<>()).add(c);
        List<ReportedEvent> out = new ArrayList<>();
        for (List<Claim> same : byBody.values()) {
            ReportedEvent e = new ReportedEvent((Event) same.get(0).body(), same);
            if (e.date() != null && range.mayContain(e.date())) out.add(e);
        }
        out.sort(Comparator.comparing(ReportedEvent::date));
        return out;
    }

    public PartialDate date() {
        return event.date() == null ? null : event.date().resolved();
    }

    /** A short label: the name a curator gave it, else kind, participants and place. */
    public String label() {
        for (Claim c : claims)
            if (c.provenance() instanceof Provenance.Curated k && k.note() != null)
                return firstSentence(k.note());
        return event.kind().wire() + " " + String.join("–", event.participants())
                + (event.place() == null ? "" : " (" + event.place() + ")");
    }

    private static String firstSentence(String note) {
        int dot = note.indexOf(". ");
        return dot < 0 ? note : note.substring(0, dot);
    }
}
