package org.blocwatch.extract.role;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Office;
import org.blocwatch.model.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who the knowledge base knows to have held an office, at any time: lets "der russische
 * Präsident" be resolved to the person the document names, when that person held the office.
 */
public final class OfficeHolders {
    private final Map<String, Set<String>> holders = new HashMap<>();

    public static final OfficeHolders NONE = new OfficeHolders(java.util.List.of());

    /** From claims of any type; only office claims are read. */
    public OfficeHolders(Collection<Claim> claims) {
        for (Claim c : claims)
            if (c.body() instanceof Office o) holders.computeIfAbsent(key(o.role(), o.of()), k -> new HashSet<>()).add(o.person());
    }

    public boolean held(String person, Role role, String of) {
        return holders.getOrDefault(key(role, of), Set.of()).contains(person);
    }

    private static String key(Role role, String of) { return role + "|" + of; }
}
