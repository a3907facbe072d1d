package org.blocwatch.server;

import java.util.Locale;

/** What an account may do: readers read, reviewers also upload and decide on claims, admins do everything. */
public enum Role {
    READER, REVIEWER, ADMIN;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public boolean atLeast(Role other) { return compareTo(other) >= 0; }

    public static Role fromWire(String s) {
        for (Role r : values()) if (r.wire().equals(s)) return r;
        throw new IllegalArgumentException("unknown role '" + s + "' (reader, reviewer or admin)");
    }
}
