package org.blocwatch.answers;

import org.blocwatch.model.EventKind;

import java.util.List;

/** Operations and interventions carried out under the organisation's roof (events of kind intervention with the org). */
public final class Operations {
    private final AdmittedClaims claims;

    public Operations(AdmittedClaims claims) { this.claims = claims; }

    public Indicator count(String org, DateRange range) {
        List<Indicator> parts = ReportedEvent.of(claims.events(EventKind.INTERVENTION, org), range).stream()
                .map(e -> Indicator.of("operation:" + e.date() + ":" + String.join("-", e.event().participants()),
                        e.label(), 1, e.date() + " " + e.label(), e.claims(), List.of()))
                .toList();
        return Indicator.of("operations", "operations and interventions", parts.size(), String.valueOf(parts.size()),
                parts.stream().flatMap(p -> p.basis().stream()).toList(), parts);
    }
}
