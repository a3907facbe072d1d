package org.blocwatch.model;

import java.util.Locale;

/**
 * A state's standing in an organisation. {@link #SUSPENDED} is not an exit: the state remains a
 * member de jure while it freezes, boycotts or has had its participation suspended.
 */
public enum MembershipStatus {
    MEMBER, ASSOCIATE, OBSERVER, PARTNER, APPLICANT, SUSPENDED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static MembershipStatus fromWire(String text) { return Wire.parse(MembershipStatus.class, text, "status"); }

    /** Statuses that hold alongside {@code other} for the same state and organisation. */
    public boolean compatibleWith(MembershipStatus other) {
        if (this == other) return true;
        return (this == SUSPENDED && other == MEMBER) || (this == MEMBER && other == SUSPENDED);
    }
}
