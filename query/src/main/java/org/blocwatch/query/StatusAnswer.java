package org.blocwatch.query;

import org.blocwatch.model.Claim;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.PartialDate;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject's status in an organisation on a day, with the claims behind it.
 *
 * @param status        null when no claim gives the subject a status on that day
 * @param from          start of the span of the main supporting claim
 * @param to            end of that span (null: open)
 * @param uncertain     the day lies inside the imprecision of a coarse date, or sources disagree
 * @param supporting    claims holding on that day with this status (or one compatible with it)
 * @param contradicting claims that cannot hold together with the answer: another status on the
 *                      same day, or the same status with bounds that exclude the day
 */
public record StatusAnswer(String subject, String object, LocalDate day, MembershipStatus status,
                           PartialDate from, PartialDate to, boolean uncertain,
                           List<Claim> supporting, List<Claim> contradicting) {

    public StatusAnswer {
        supporting = List.copyOf(supporting);
        contradicting = List.copyOf(contradicting);
    }
}
