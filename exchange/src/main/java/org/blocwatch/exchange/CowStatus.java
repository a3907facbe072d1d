package org.blocwatch.exchange;

import org.blocwatch.model.MembershipStatus;

import java.util.Locale;
import java.util.Optional;

/**
 * COW IGO status codes and blocwatch statuses, both ways. COW's long files spell statuses out
 * ("full", "associate", "observer", "none", "missing"); its wide files use the numbers 1, 2, 3,
 * 0, -9 and -1 (state not in the system), so both spellings are read.
 */
final class CowStatus {
    private CowStatus() {}

    /** The status a COW code stands for; empty for codes that assert no status. */
    static Optional<MembershipStatus> read(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "full", "1" -> Optional.of(MembershipStatus.MEMBER);
            case "associate", "2" -> Optional.of(MembershipStatus.ASSOCIATE);
            case "observer", "3" -> Optional.of(MembershipStatus.OBSERVER);
            case "none", "missing", "na", "", "0", "-9", "-1" -> Optional.empty();
            default -> throw new IllegalArgumentException("unknown COW status '" + code + "'");
        };
    }

    /** Whether COW codes this status at all; it has no words for partners and applicants. */
    static boolean coded(MembershipStatus status) {
        return status != MembershipStatus.PARTNER && status != MembershipStatus.APPLICANT;
    }

    /**
     * The COW word for a status. A suspended state is still a member de jure, hence "full";
     * statuses COW does not code (partner, applicant) keep blocwatch's word rather than vanish.
     */
    static String write(MembershipStatus status) {
        return switch (status) {
            case MEMBER, SUSPENDED -> "full";
            case ASSOCIATE -> "associate";
            case OBSERVER -> "observer";
            case PARTNER, APPLICANT -> status.wire();
        };
    }
}
