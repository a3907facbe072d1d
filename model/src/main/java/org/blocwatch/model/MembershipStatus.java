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

    /**
     * Whether a subject can hold both statuses in the same organisation on the same day.
     * Suspension qualifies a standing (a member or applicant whose participation is frozen); an
     * observer or partner may apply to join, but a member does not; the other statuses exclude
     * each other.
     */
    public boolean compatibleWith(MembershipStatus other) {
        if (this == other || this == SUSPENDED || other == SUSPENDED) return true;
        if (this == APPLICANT || other == APPLICANT) return this != MEMBER && other != MEMBER;
        return false;
    }
}
