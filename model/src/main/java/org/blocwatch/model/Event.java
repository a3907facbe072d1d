package org.blocwatch.model;

import java.util.List;
import java.util.Objects;

/** Something that happened: a summit, an intervention, a clash, an exercise, a signing ... */
public record Event(EventKind kind, List<String> participants, String org, String place,
                    DateRef date, String outcome) implements ClaimBody {

    public Event {
        Objects.requireNonNull(kind, "kind");
        participants = List.copyOf(participants);
    }

    @Override public ClaimType type() { return ClaimType.EVENT; }

    @Override public List<String> entityIds() {
        return org == null ? participants
                : java.util.stream.Stream.concat(participants.stream(), java.util.stream.Stream.of(org)).toList();
    }
}
