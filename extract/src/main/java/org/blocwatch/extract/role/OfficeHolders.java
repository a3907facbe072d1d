package org.blocwatch.extract.role;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Membership;
import org.blocwatch.model.Office;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the knowledge base knows to have held an office, and when: lets "der russische Präsident" be
 * resolved to the person the document names who held the office at the document's date (at any
 * time when the document is undated).
 */
public final class OfficeHolders {
    private final Map<String, List<Office>> holders = new HashMap<>();

    public static final OfficeHolders NONE = new OfficeHolders(List.of());

    /** From claims of any type; only office claims are read. */
    public OfficeHolders(Collection<Claim> claims) {
        for (Claim c : claims)
            if (c.body() instanceof Office o) holders.computeIfAbsent(key(o.role(), o.of()), k -> new ArrayList<>()).add(o);
    }

    /** Whether the person held the office at some time, or on {@code date} when it is given (the document's date). */
    public boolean held(String person, Role role, String of, PartialDate date) {
        for (Office o : holders.getOrDefault(key(role, of), List.of())) {
            if (!o.person().equals(person)) continue;
            if (date == null || o.span().holdsOn(date.earliest()) != Membership.Span.Truth.NO) return true;
        }
        return false;
    }

    /** Every person the knowledge base knows to have held the office, at any time. */
    public Set<String> persons(Role role, String of) {
        Set<String> out = new LinkedHashSet<>();
        for (Office o : holders.getOrDefault(key(role, of), List.of())) out.add(o.person());
        return out;
    }

    private static String key(Role role, String of) { return role + "|" + of; }
}
