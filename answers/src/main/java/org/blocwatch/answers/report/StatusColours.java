package org.blocwatch.answers.report;

import org.blocwatch.model.EventKind;
import org.blocwatch.model.MembershipStatus;

/** One colour per membership status and event kind, shared by charts and legends. */
final class StatusColours {
    private StatusColours() {}

    static String of(MembershipStatus s) {
        return switch (s) {
            case MEMBER -> "#2b6cb0";
            case SUSPENDED -> "#dd6b20";
            case OBSERVER -> "#718096";
            case PARTNER -> "#38a169";
            case ASSOCIATE -> "#805ad5";
            case APPLICANT -> "#ecc94b";
        };
    }

    static String of(EventKind k) {
        return switch (k) {
            case ARMED_CLASH -> "#c53030";
            case INTERVENTION -> "#dd6b20";
            case SUMMIT -> "#2b6cb0";
            case EXERCISE -> "#38a169";
            case TREATY_SIGNING -> "#805ad5";
            case UNREST -> "#b7791f";
            default -> "#718096";
        };
    }
}
