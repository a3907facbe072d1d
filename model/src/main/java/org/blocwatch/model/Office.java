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

    public Membership.Span span() {
        if (from == null && to == null && at != null && at.resolved() != null)
            return new Membership.Span(at.resolved(), null, at.resolved());
        return new Membership.Span(from, to, null);
    }
}
