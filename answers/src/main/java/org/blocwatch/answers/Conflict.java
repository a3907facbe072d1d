package org.blocwatch.answers;

import org.blocwatch.model.Claim;

/**
 * Two claims that cannot both hold, with why. Neither is chosen: the analyst sees both sources.
 *
 * @param kind  "status" (incompatible statuses on the same days), "dates" (different dates for
 *              the same accession or exit), "figures" (values further apart than their precision)
 * @param about the subject and organisation, or the pair a figure is about
 */
public record Conflict(String kind, String about, String why, Claim first, Claim second) {}
