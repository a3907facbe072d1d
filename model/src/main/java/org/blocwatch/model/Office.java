package org.blocwatch.model;

import java.util.List;
import java.util.Objects;

/** A person holding an office of a state or organisation; time semantics as for memberships. */
public record Office(String person, Role role, String of, PartialDate from, PartialDate to, DateRef at,
                     boolean acting) implements ClaimBody {

    public Office {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(of, "of");
    }

    @Override public ClaimType type() { return ClaimType.OFFICE; }

    @Override public List<String> entityIds() { return List.of(person, of); }

    /** The span of office, as for memberships; null when the claim says nothing about when. */
    public Membership.Span span() {
        return Membership.Span.of(from, to, at);
    }
}
